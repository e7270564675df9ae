using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Submissions;
using LtiPathways.PathwayGraphQL.Outcomes;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.PathwayGraphQL.Assignments;

/// <summary>Changes an existing assignment's types, due date and submission policy; only its course's staff may.</summary>
public class AssignmentSettings(PathwaysDbContext db)
{
    /// <summary>Null once saved; students see the new rules the next time they open the assignment.</summary>
    public async Task<Refusal?> SaveAsync(AssignmentAccess access, SubmissionSettingsChange change, CancellationToken cancellationToken)
    {
        if (access.WhyNotChangingSettings is { } refusal)
        {
            return refusal;
        }

        var assignment = await db.Assignments.FirstAsync(a => a.Id == access.Assignment.Id && a.CourseId == access.Course.Id, cancellationToken);
        var policy = await db.SubmissionPolicies.FirstOrDefaultAsync(p => p.AssignmentId == assignment.Id, cancellationToken);
        if (policy is null)
        {
            // Assignments placed before the picker saved a policy read the defaults; the first save stores them.
            policy = new SubmissionPolicy { AssignmentId = assignment.Id };
            db.SubmissionPolicies.Add(policy);
        }

        change.ApplyTo(assignment, policy);
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }
}
