namespace LtiPathways.LtiTool.Features.Submissions;

/// <summary>The teacher's page for an assignment: every student's status, and one opened submission when chosen.</summary>
public record TeacherSubmissionsView(
    Guid AssignmentId, string Title, DateTime? DueAt, IReadOnlyList<SubmissionRow> Rows, string? OpenedStudent, SubmissionView? Opened, string SessionToken);
