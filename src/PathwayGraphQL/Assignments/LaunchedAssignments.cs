using LtiPathways.PathwayGraphQL.Access;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Outcomes;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.PathwayGraphQL.Assignments;

/// <summary>Finds the assignment a viewer's launch opened; every step goes through the viewer's registration, deployment, course and link.</summary>
public class LaunchedAssignments(PathwaysDbContext db)
{
    public static readonly Refusal NoAssignment =
        Refusal.NotFound("This link does not open an assignment of your course; open it again from your course.");

    /// <summary>Null when the viewer's link opens no assignment of their course.</summary>
    public async Task<LaunchedAssignment?> FindAsync(Viewer viewer, CancellationToken cancellationToken)
    {
        if (viewer.CourseId is not { } courseId || viewer.ResourceLinkId is not { } linkId)
        {
            return null;
        }

        var course = await db.Courses.Include(c => c.Deployment!).ThenInclude(d => d.Registration)
            .FirstOrDefaultAsync(c => c.Id == courseId && c.DeploymentId == viewer.DeploymentId
                && c.Deployment!.RegistrationId == viewer.RegistrationId, cancellationToken);
        var link = course is null ? null
            : await db.ResourceLinks.FirstOrDefaultAsync(l => l.Id == linkId && l.CourseId == course.Id, cancellationToken);
        var assignment = link?.AssignmentId is not { } assignmentId ? null
            : await db.Assignments.FirstOrDefaultAsync(a => a.Id == assignmentId && a.CourseId == course!.Id, cancellationToken);
        return assignment is null ? null : new LaunchedAssignment(course!.Deployment!.Registration!, course, link!, assignment);
    }
}
