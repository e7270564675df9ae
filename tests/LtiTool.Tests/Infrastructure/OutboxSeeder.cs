using LtiPathways.LtiTool.Sandbox;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Courses;
using LtiPathways.PathwayGraphQL.Grading;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LtiPathways.LtiTool.Tests.Infrastructure;

/// <summary>Queues scores for many made-up students of the sandbox course, straight through the outbox.</summary>
public static class OutboxSeeder
{
    public static async Task<int> QueueAsync(IServiceProvider services, int count, string lineItemId)
    {
        var db = services.GetRequiredService<PathwaysDbContext>();
        var outbox = services.GetRequiredService<ScoreOutbox>();
        var course = await db.Courses.Include(c => c.Deployment!).ThenInclude(d => d.Registration).SingleAsync();
        var url = SandboxLineItemEndpoints.ItemUrl(LaunchDriver.Addresses.PlatformBaseUrl, lineItemId);
        for (var i = 0; i < count; i++)
        {
            var user = new LtiUser { RegistrationId = course.Deployment!.RegistrationId, Subject = $"seeded-student-{i}", Name = $"Student {i}" };
            db.Users.Add(user);
            await outbox.EnqueueAsync(new OutboxScore(
                course.Deployment.Registration!, course.Id, null, user, url, i % 20, 20m, null, ScoreEvent.GradeReleased), CancellationToken.None);
        }

        await db.SaveChangesAsync();
        return count;
    }
}
