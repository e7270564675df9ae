using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Submissions;
using LtiPathways.PathwayGraphQL.Outcomes;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.PathwayGraphQL.Assignments;

/// <summary>
/// Grants, changes and removes what one student was given on an assignment; only the course's staff may, and every
/// change is bounded by the assignment's course.
/// </summary>
public class AccommodationGrants(PathwaysDbContext db, TimeProvider clock)
{
    public static readonly Refusal NothingToRemove =
        Refusal.NotFound("That student has no accommodation on this assignment, so there is nothing to remove.");

    /// <summary>Sets the grant, replacing the student's earlier one on this assignment; null once saved.</summary>
    public async Task<Refusal?> GrantAsync(AssignmentAccess access, AccommodationGrant grant, CancellationToken cancellationToken)
    {
        if (access.WhyNotChangingSettings is { } refusal)
        {
            return refusal;
        }

        var accommodation = await Of(access).FirstOrDefaultAsync(a => a.StudentUserId == grant.StudentUserId, cancellationToken);
        if (accommodation is null)
        {
            accommodation = new SubmissionAccommodation
            {
                AssignmentId = access.Assignment.Id, CourseId = access.Course.Id, StudentUserId = grant.StudentUserId,
            };
            db.SubmissionAccommodations.Add(accommodation);
        }

        accommodation.DueAt = grant.DueAt;
        accommodation.ExtraTypes = TypeChoices.Format(grant.ExtraTypes.Select(TypeChoices.ValueOf));
        accommodation.Note = grant.Note;
        accommodation.SetByUserId = access.UserId;
        accommodation.SetAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    /// <summary>Null once removed; the class's settings apply to the student again.</summary>
    public async Task<Refusal?> RemoveAsync(AssignmentAccess access, Guid studentUserId, CancellationToken cancellationToken) =>
        access.WhyNotChangingSettings
        ?? (await Of(access).Where(a => a.StudentUserId == studentUserId).ExecuteDeleteAsync(cancellationToken) > 0 ? null : NothingToRemove);

    private IQueryable<SubmissionAccommodation> Of(AssignmentAccess access) =>
        db.SubmissionAccommodations.Where(a => a.AssignmentId == access.Assignment.Id && a.CourseId == access.Course.Id);
}
