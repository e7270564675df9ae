using LtiPathways.LtiTool.Lti;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Courses;
using LtiPathways.PathwayGraphQL.Data.Platforms;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.LtiTool.Sandbox;

/// <summary>The demo course's row in the tool, as the first launch from it would have made it.</summary>
public static class SandboxCourseRecord
{
    /// <summary>Finds the course, or adds it to the context (the caller saves).</summary>
    public static async Task<Course> EnsureAsync(PathwaysDbContext db, PlatformDeployment deployment, SandboxAddresses addresses, CancellationToken cancellationToken)
    {
        var course = await db.Courses.FirstOrDefaultAsync(c => c.DeploymentId == deployment.Id && c.ContextId == SandboxCourse.ContextId, cancellationToken);
        if (course is null)
        {
            course = new Course
            {
                DeploymentId = deployment.Id, ContextId = SandboxCourse.ContextId, Title = SandboxCourse.Title, Label = SandboxCourse.Label,
                LineItemsUrl = $"{addresses.PlatformBaseUrl}/courses/{SandboxCourse.ContextId}/lineitems",
                ServiceScopes = string.Join(' ', PlatformScopes.LineItem, PlatformScopes.LineItemReadOnly, PlatformScopes.ResultReadOnly, PlatformScopes.Score),
            };
            db.Courses.Add(course);
        }
        return course;
    }
}
