using LtiPathways.LtiTool.Features.Submissions.Uploads;
using LtiPathways.LtiTool.Shared;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Submissions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using LtiPathways.PathwayGraphQL.Assignments;

namespace LtiPathways.LtiTool.Features.Submissions.Settings;

/// <summary>Reads and saves an existing assignment's types, due date and submission policy, with the picker's rules.</summary>
public class SubmissionSettings(PathwaysDbContext db, IOptions<UploadOptions> uploads)
{
    public AssignmentSettingsView View(AssignmentAccess access, string token) => new(
        access.Assignment.Id, access.Course.Title, access.Assignment.Title, SubmissionSettingsForm.From(access.Assignment, access.Policy), [],
        uploads.Value.MaxBytes, token);

    /// <summary>Saves valid settings; refused ones change nothing and come back as the problems to show.</summary>
    public async Task<IReadOnlyList<FormError>> SaveAsync(AssignmentAccess access, SubmissionSettingsForm form, CancellationToken cancellationToken)
    {
        var errors = form.Validate(uploads.Value.MaxBytes);
        if (errors.Count > 0)
        {
            return errors;
        }

        var assignment = await db.Assignments.FirstAsync(a => a.Id == access.Assignment.Id && a.CourseId == access.Course.Id, cancellationToken);
        var policy = await db.SubmissionPolicies.FirstOrDefaultAsync(p => p.AssignmentId == assignment.Id, cancellationToken);
        if (policy is null)
        {
            // Assignments placed before the picker saved a policy read the defaults; the first save stores them.
            policy = new SubmissionPolicy { AssignmentId = assignment.Id };
            db.SubmissionPolicies.Add(policy);
        }

        form.Apply(assignment, policy);
        await db.SaveChangesAsync(cancellationToken);
        return [];
    }
}
