using LtiPathways.LtiTool.Features.Submissions.Uploads;
using LtiPathways.LtiTool.Shared;
using LtiPathways.PathwayGraphQL.Assignments;
using Microsoft.Extensions.Options;

namespace LtiPathways.LtiTool.Features.Submissions.Settings;

/// <summary>The settings page of an existing assignment and the picker's rules for its form (<see cref="AssignmentSettings"/> saves them).</summary>
public class SubmissionSettings(IOptions<UploadOptions> uploads)
{
    public AssignmentSettingsView View(AssignmentAccess access, string token) => new(
        access.Assignment.Id, access.Course.Title, access.Assignment.Title, SubmissionSettingsForm.From(access.Assignment, access.Policy), [],
        uploads.Value.MaxBytes, token);

    /// <summary>The problems to show with a typed form, measured against this tool's own file size limit; none when it may be saved.</summary>
    public IReadOnlyList<FormError> Validate(SubmissionSettingsForm form) => form.Validate(uploads.Value.MaxBytes);
}
