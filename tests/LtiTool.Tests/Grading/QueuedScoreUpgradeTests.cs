using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using LtiPathways.LtiTool.Lti.Ags;
using LtiPathways.LtiTool.Sandbox;
using LtiPathways.LtiTool.Tests.Infrastructure;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Grading;
using LtiPathways.PathwayGraphQL.Grading;
using LtiPathways.PathwayGraphQL.Submissions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;

namespace LtiPathways.LtiTool.Tests.Grading;

/// <summary>
/// Issue 12, item 3 on every provider: scores queued as finished documents before the NeutralScoreOutbox upgrade reach the
/// gradebook afterwards with the same documents; one the upgrade cannot read goes out exactly as it was stored.
/// </summary>
public abstract class QueuedScoreUpgradeTests(ToolFactory factory) : IAsyncLifetime, IDisposable
{
    private AgsScenario scenario = default!;

    public async Task InitializeAsync() => scenario = await AgsScenario.StartAsync(factory);

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        scenario.Dispose();
        factory.Dispose();
    }

    [Fact]
    public async Task A_score_queued_before_the_neutral_outbox_reaches_the_gradebook_with_the_same_document()
    {
        var now = factory.Clock.GetUtcNow();
        var at = new DateTimeOffset(now.UtcTicks - (now.UtcTicks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero);
        var subject = scenario.StudentSubject;
        var submittedAt = ScoreDocument.Format(at.AddMinutes(-5));

        // As SubmittedScore wrote it (its own member order, no new_submission), as ScoreOutbox wrote a release, and a document
        // with a member the tool never wrote, which the upgrade leaves as it is.
        var submitted = $$$"""{"userId":"{{{subject}}}","activityProgress":"Submitted","gradingProgress":"PendingManual","timestamp":"{{{ScoreDocument.Format(at)}}}","{{{ScoreDocument.CanvasExtension}}}":{"submission_type":"online_url","submitted_at":"{{{submittedAt}}}"}}""";
        var released = ScoreDocument.Build(new ScoreInput(subject, 16.67m, 20m, "Exemplary care with the lathe.", at.AddSeconds(1),
            ScoreEvent.GradeReleased, new CanvasSubmission(NewSubmission: false, "none", null)));
        var unreadable = $$"""{"userId":"{{subject}}","timestamp":"{{ScoreDocument.Format(at.AddSeconds(2))}}","activityProgress":"Completed","gradingProgress":"FullyGraded","scoreGiven":18,"scoreMaximum":20,"scoringUserId":"teacher-1"}""";
        var queued = new[] { (submitted, at), (released, at.AddSeconds(1)), (unreadable, at.AddSeconds(2)) };

        using (var scope = factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PathwaysDbContext>();
            var course = await db.Courses.Include(c => c.Deployment).AsNoTracking().SingleAsync();
            var student = await scenario.UserIdAsync(subject);
            var lineItem = SandboxLineItemEndpoints.ItemUrl(LaunchDriver.Addresses.PlatformBaseUrl, scenario.Placement.LineItemId!);
            var migrations = db.Database.GetMigrations().ToList();
            await db.GetService<IMigrator>().MigrateAsync(migrations[migrations.FindIndex(m => m.EndsWith("_NeutralScoreOutbox", StringComparison.Ordinal)) - 1]);
            foreach (var (document, timestamp) in queued)
            {
                // In the columns of the outbox before the upgrade, which the current model no longer describes.
                await db.Database.ExecuteSqlAsync(FormattableStringFactory.Create(
                    """
                    INSERT INTO "ScoreOutbox" ("Id", "RegistrationId", "CourseId", "AssignmentId", "UserId", "LineItemUrl", "PayloadJson",
                        "Timestamp", "Status", "Attempts", "NextAttemptAt", "CreatedAt")
                    VALUES ({0}, {1}, {2}, NULL, {3}, {4}, {5}, {6}, 'Queued', 0, {7}, {7})
                    """,
                    Guid.NewGuid(), course.Deployment!.RegistrationId, course.Id, student, lineItem, document, timestamp.UtcDateTime, now.UtcDateTime));
            }

            await db.Database.MigrateAsync();
        }

        using (var scope = factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PathwaysDbContext>();
            var registration = await db.PlatformRegistrations.SingleAsync();
            registration.ProductFamily = "canvas";
            await db.SaveChangesAsync();
        }

        while (await scenario.Worker.DeliverDueAsync() > 0)
        {
        }

        var outbox = await scenario.OutboxAsync();
        Assert.All(outbox, e => Assert.Equal(ScoreDeliveryStatus.Sent, e.Status));
        Assert.Equal([null, null, unreadable], outbox.Select(e => e.LegacyDocument));
        Assert.Equal((16.67m, 20m, "Exemplary care with the lathe."), (outbox[1].ScoreGiven, outbox[1].ScoreMaximum, outbox[1].Comment));
        var sent = scenario.Gradebook.Scores.Select(s => s.Json).ToList();
        Assert.Equal(3, sent.Count);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(submitted), JsonNode.Parse(sent[0])), sent[0]);
        Assert.Equal(released, sent[1]);
        Assert.Equal(unreadable, sent[2]);
    }
}
