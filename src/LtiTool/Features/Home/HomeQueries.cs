using LtiPathways.LtiTool.Session;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Assignments;
using LtiPathways.PathwayGraphQL.Data.Courses;
using LtiPathways.PathwayGraphQL.Data.Mentoring;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.LtiTool.Features.Home;

/// <summary>Reads the landing page, scoped to the session's registration, deployment and course.</summary>
public class HomeQueries(PathwaysDbContext db)
{
    public async Task<HomeView?> LoadAsync(ToolSession session, string sessionToken, CancellationToken cancellationToken)
    {
        var user = await db.Users.AsNoTracking()
            .FirstOrDefaultAsync(u => u.Id == session.UserId && u.RegistrationId == session.RegistrationId, cancellationToken);
        if (user is null)
        {
            return null;
        }

        var course = session.CourseId is { } courseId
            ? await db.Courses.AsNoTracking().FirstOrDefaultAsync(
                c => c.Id == courseId && c.DeploymentId == session.DeploymentId
                    && c.Members.Any(m => m.UserId == session.UserId), cancellationToken)
            : null;
        var link = course is not null && session.ResourceLinkId is { } linkId
            ? await db.ResourceLinks.AsNoTracking().FirstOrDefaultAsync(l => l.Id == linkId && l.CourseId == course.Id, cancellationToken)
            : null;
        // The class list is the roster, not only those who launched: a student who never opened the tool is listed too.
        var members = course is not null && session.Role >= CourseRole.Teacher
            ? await db.Memberships.AsNoTracking()
                .Where(m => m.CourseId == course.Id && m.Active)
                .OrderBy(m => m.User!.Name)
                .Select(m => new HomeMember(m.User!.Name, m.Role, m.LastLaunchAt))
                .ToListAsync(cancellationToken)
            : [];
        var mentees = course is not null && session.Role == CourseRole.Mentor
            ? await db.MenteesOf(session.RegistrationId, session.UserId)
                .Where(u => db.Memberships.Any(m => m.CourseId == course.Id && m.UserId == u.Id && m.Active))
                .OrderBy(u => u.Name).Select(u => u.Name)
                .ToListAsync(cancellationToken)
            : [];
        var assessed = mentees.Count > 0
            ? await db.Assignments.AsNoTracking()
                .Where(a => a.CourseId == course!.Id && a.Kind == AssignmentKind.AssessedWork)
                .OrderBy(a => a.Title).Select(a => new HomeAssignment(a.Id, a.Title))
                .ToListAsync(cancellationToken)
            : [];
        return new HomeView(user.Name, course?.Title, link?.Title, session.Role, session.MessageType, members, sessionToken)
        {
            RosterSyncedAt = course?.RosterSyncedAt,
            RosterAvailable = course?.MembershipsUrl is not null,
            Mentees = mentees,
            AssessedWork = assessed,
        };
    }
}
