using LtiPathways.LtiTool.Session;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Assignments;
using LtiPathways.PathwayGraphQL.Data.Courses;
using LtiPathways.PathwayGraphQL.Data.Mentoring;
using LtiPathways.PathwayGraphQL.Data.Submissions;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.LtiTool.Features.Submissions;

/// <summary>
/// The one place an assignment id from a URL becomes an assignment: only in the session's course, deployment and
/// registration, and only for a member of that course. A guessed id from elsewhere finds nothing. It also decides,
/// once for every page and file, whose submissions the member may read.
/// </summary>
public class SubmissionAccess(PathwaysDbContext db)
{
    public async Task<AssignmentAccess?> FindAsync(ToolSession session, Guid assignmentId, CancellationToken cancellationToken)
    {
        if (session.CourseId is not { } courseId)
        {
            return null;
        }

        var found = await db.Assignments.AsNoTracking()
            .Where(a => a.Id == assignmentId && a.CourseId == courseId && a.Kind == AssignmentKind.AssessedWork)
            .Join(db.Courses.Where(c => c.DeploymentId == session.DeploymentId && c.Deployment!.RegistrationId == session.RegistrationId),
                a => a.CourseId, c => c.Id, (a, c) => new { Assignment = a, Course = c, Issuer = c.Deployment!.Registration!.Issuer })
            .FirstOrDefaultAsync(cancellationToken);
        var membership = found is null
            ? null
            : await db.Memberships.AsNoTracking().FirstOrDefaultAsync(m => m.CourseId == courseId && m.UserId == session.UserId, cancellationToken);
        if (found is null || membership is null)
        {
            return null;
        }

        var policy = await db.SubmissionPolicies.AsNoTracking().FirstOrDefaultAsync(p => p.AssignmentId == assignmentId, cancellationToken)
            ?? new SubmissionPolicy { AssignmentId = assignmentId };
        var accommodation = await db.SubmissionAccommodations.AsNoTracking().FirstOrDefaultAsync(
            a => a.AssignmentId == assignmentId && a.CourseId == courseId && a.StudentUserId == session.UserId, cancellationToken);
        var lineItem = await db.ResourceLinks.AsNoTracking()
            .Where(l => l.CourseId == courseId && l.AssignmentId == assignmentId && l.LineItemUrl != null)
            .OrderByDescending(l => l.Id == session.ResourceLinkId)
            .Select(l => l.LineItemUrl)
            .FirstOrDefaultAsync(cancellationToken);
        return new AssignmentAccess(found.Assignment, found.Course, policy, membership.Role,
            session.UserId, found.Issuer, lineItem, await ReadableAsync(session, membership.Role, cancellationToken), accommodation);
    }

    /// <summary>Staff read everyone's work, a student their own, a mentor their mentees' on the same platform; others no one's.</summary>
    private async Task<ReadableStudents> ReadableAsync(ToolSession session, CourseRole role, CancellationToken cancellationToken) => role switch
    {
        >= CourseRole.Teacher => ReadableStudents.All,
        CourseRole.Mentor => new(false, (await db.MenteesOf(session.RegistrationId, session.UserId).Select(u => u.Id)
            .ToListAsync(cancellationToken)).ToHashSet()),
        CourseRole.Student => new(false, new HashSet<Guid> { session.UserId }),
        _ => new(false, new HashSet<Guid>()),
    };
}
