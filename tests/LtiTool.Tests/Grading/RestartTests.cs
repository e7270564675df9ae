using LtiPathways.LtiTool.Lti.Ags.Delivery;
using LtiPathways.LtiTool.Sandbox;
using LtiPathways.LtiTool.Tests.Infrastructure;
using LtiPathways.PathwayGraphQL.Data.Grading;
using Microsoft.Extensions.DependencyInjection;

namespace LtiPathways.LtiTool.Tests.Grading;

public sealed class RestartTests
{
    [Fact]
    public async Task Scores_queued_before_a_restart_are_delivered_by_the_restarted_tool()
    {
        var folder = ToolFactory.NewFolder();
        SandboxGradebook lms;
        try
        {
            using (var before = ToolFactory.OnFolder(folder))
            {
                using var scenario = await AgsScenario.StartAsync(before);
                await scenario.ReleaseAsync(await scenario.UserIdAsync(scenario.StudentSubject), "16", "Before the restart");
                Assert.Equal(ScoreDeliveryStatus.Queued, Assert.Single(await scenario.OutboxAsync()).Status);
                Assert.Empty(scenario.Gradebook.Scores);
                lms = scenario.Gradebook;
            }

            // The LMS keeps its gradebook while the tool restarts. The new instance knows of the score only through the database.
            using var after = ToolFactory.OnFolder(folder);
            after.ExtraServices = services => services.AddSingleton(lms);
            await after.Services.GetRequiredService<ScoreDeliveryWorker>().DeliverDueAsync();

            var score = Assert.Single(lms.Scores);
            Assert.Contains("Before the restart", score.Json, StringComparison.Ordinal);
        }
        finally
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // SQLite may still hold the file a moment; the temp folder is cleaned by the OS.
            }
        }
    }
}
