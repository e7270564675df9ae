using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Courses;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.PathwayGraphQL.Assessments.Peer;

/// <summary>The course's active students, the roster that PeerAllocation allocates over.</summary>
public class PeerRoster(PathwaysDbContext db)
{
    public async Task<IReadOnlyList<Guid>> StudentsAsync(AssessmentScope scope, CancellationToken cancellationToken) =>
        await db.Memberships.AsNoTracking()
            .Where(m => m.CourseId == scope.Launch.Course.Id && m.Role == CourseRole.Student && m.Active)
            .Select(m => m.UserId).ToListAsync(cancellationToken);

    /// <summary>The classmates this student reviews; empty unless peer assessment is on.</summary>
    public async Task<IReadOnlyList<Guid>> AllocatedToAsync(AssessmentScope scope, Guid reviewer, CancellationToken cancellationToken) =>
        scope.Settings.PeerAssessment
            ? PeerAllocation.ReviewsOf(await StudentsAsync(scope, cancellationToken), reviewer, scope.Settings.PeerReviewCount)
            : [];
}
