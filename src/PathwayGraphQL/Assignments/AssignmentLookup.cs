using LtiPathways.PathwayGraphQL.Access;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Assignments;
using LtiPathways.PathwayGraphQL.Data.Courses;
using LtiPathways.PathwayGraphQL.Data.Mentoring;
using LtiPathways.PathwayGraphQL.Data.Submissions;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.PathwayGraphQL.Assignments;

/// <summary>
/// The one place an assignment id from a request becomes an assignment: only in the viewer's course, deployment and
/// registration, and only for a member of that course. A guessed id from elsewhere finds nothing. It also decides,
/// once for every page and file, whose submissions the member may read.
/// </summary>
public class AssignmentLookup(PathwaysDbContext db)
{
    /// <summary>Null when the viewer may not see the assignment; each entry point says so in its own words.</summary>
    public async Task<AssignmentAccess?> FindAsync(Viewer viewer, Guid assignmentId, CancellationToken cancellationToken)
    {
        if (viewer.CourseId is not { } courseId)
        {
            return null;
        }

        var found = await db.Assignments.AsNoTracking()
            .Where(a => a.Id == assignmentId && a.CourseId == courseId && a.Kind == AssignmentKind.AssessedWork)
            .Join(db.Courses.Where(c => c.DeploymentId == viewer.DeploymentId && c.Deployment!.RegistrationId == viewer.RegistrationId),
                a => a.CourseId, c => c.Id, (a, c) => new { Assignment = a, Course = c, Issuer = c.Deployment!.Registration!.Issuer })
            .FirstOrDefaultAsync(cancellationToken);
        var membership = found is null
            ? null
            : await db.Memberships.AsNoTracking().FirstOrDefaultAsync(m => m.CourseId == courseId && m.UserId == viewer.PersonId, cancellationToken);
        if (found is null || membership is null)
        {
            return null;
        }

        var policy = await db.SubmissionPolicies.AsNoTracking().FirstOrDefaultAsync(p => p.AssignmentId == assignmentId, cancellationToken)
            ?? new SubmissionPolicy { AssignmentId = assignmentId };
        var accommodation = await db.SubmissionAccommodations.AsNoTracking().FirstOrDefaultAsync(
            a => a.AssignmentId == assignmentId && a.CourseId == courseId && a.StudentUserId == viewer.PersonId, cancellationToken);
        var lineItem = await db.ResourceLinks.AsNoTracking()
            .Where(l => l.CourseId == courseId && l.AssignmentId == assignmentId && l.LineItemUrl != null)
            .OrderByDescending(l => l.Id == viewer.ResourceLinkId)
            .Select(l => l.LineItemUrl)
            .FirstOrDefaultAsync(cancellationToken);
        return new AssignmentAccess(found.Assignment, found.Course, policy, membership.Role,
            viewer.PersonId, found.Issuer, lineItem, await ReadableAsync(viewer, membership.Role, cancellationToken), accommodation);
    }

    /// <summary>Staff read everyone's work, a student their own, a mentor their mentees' on the same platform; others no one's.</summary>
    private async Task<ReadableStudents> ReadableAsync(Viewer viewer, CourseRole role, CancellationToken cancellationToken) => role switch
    {
        >= CourseRole.Teacher => ReadableStudents.All,
        CourseRole.Mentor => new(false, (await db.MenteesOf(viewer.RegistrationId, viewer.PersonId).Select(u => u.Id)
            .ToListAsync(cancellationToken)).ToHashSet()),
        CourseRole.Student => new(false, new HashSet<Guid> { viewer.PersonId }),
        _ => new(false, new HashSet<Guid>()),
    };
}
