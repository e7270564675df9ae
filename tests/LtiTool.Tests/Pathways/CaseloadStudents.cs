using LtiPathways.LtiTool.Sandbox;
using LtiPathways.PathwayGraphQL.Access;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Courses;
using LtiPathways.PathwayGraphQL.Pathways.Planning;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LtiPathways.LtiTool.Tests.Pathways;

/// <summary>Students enrolled straight into the sandbox course, each with a combined CP + CTE plan started, for caseloads of any size.</summary>
public static class CaseloadStudents
{
    public static async Task AddAsync(IServiceProvider services, int count, string template = "ib-cp-cte")
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PathwaysDbContext>();
        var course = await db.Courses.SingleAsync(c => c.ContextId == SandboxCourse.ContextId);
        var deployment = await db.PlatformDeployments.SingleAsync(d => d.Id == course.DeploymentId);
        var students = Enumerable.Range(0, count).Select(_ => Guid.NewGuid()).Select(id => new LtiUser
        {
            Id = id, RegistrationId = deployment.RegistrationId, Subject = $"caseload-{id:N}", Name = $"Student {id.ToString("N")[..8]}",
        }).ToList();
        db.Users.AddRange(students);
        db.Memberships.AddRange(students.Select(s => new CourseMembership { CourseId = course.Id, UserId = s.Id, Role = CourseRole.Student }));
        await db.SaveChangesAsync();

        var commands = scope.ServiceProvider.GetRequiredService<PlanCommands>();
        foreach (var student in students)
        {
            var viewer = new Viewer(student.Id, deployment.RegistrationId, deployment.Id, course.Id, null, CourseRole.Student);
            var started = await commands.StartAsync(viewer, template);
            if (started.Value is null)
            {
                throw new InvalidOperationException($"No plan started for {student.Name}.");
            }
        }
    }
}
