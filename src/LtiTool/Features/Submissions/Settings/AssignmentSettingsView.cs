using LtiPathways.LtiTool.Shared;

namespace LtiPathways.LtiTool.Features.Submissions.Settings;

/// <summary>The settings page: the assignment, its fields as saved or as just typed, and any problems.</summary>
public record AssignmentSettingsView(
    Guid AssignmentId,
    string CourseTitle,
    string AssignmentTitle,
    SubmissionSettingsForm Form,
    IReadOnlyList<FormError> Errors,
    long ToolMaxBytes,
    string SessionToken,
    string? Notice = null);
