using System.Net;
using LtiPathways.LtiTool.Tests.Infrastructure;
using LtiPathways.PathwayGraphQL.Data.Rubrics;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.LtiTool.Tests.Assessments;

public sealed class ModerationTests : IAsyncLifetime, IDisposable
{
    private readonly ToolFactory factory = new();
    private AssessmentHarness harness = default!;

    public async Task InitializeAsync() => harness = await AssessmentHarness.StartAsync(factory);

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        harness.Dispose();
        factory.Dispose();
    }

    [Fact]
    public async Task Under_double_marking_only_the_moderated_final_mark_is_passed_back()
    {
        var token = await harness.TeacherAsync();
        await harness.OpenAsync(token);
        await harness.QueryAsync(db => db.AssessmentSettings.ExecuteUpdateAsync(s => s.SetProperty(x => x.DoubleMarking, true)));
        var student = await harness.Scenario.UserIdAsync(harness.Scenario.StudentSubject);
        await harness.DraftAsync(token, student, null, AssessmentHarness.GoodMarks());
        var allFours = new
        {
            items = new[] { "punctuality", "safety", "teamwork", "communication", "initiative" }
                .Select(c => new { criterion = c, level = c + "-4" }).ToArray(),
        };
        var second = await harness.DraftAsync(token, student, null, allFours, kind: "SecondMarker");
        Assert.Equal(HttpStatusCode.OK, second.Status);

        var (refused, _) = await harness.ReleaseAsync(token, student);
        Assert.Equal(HttpStatusCode.BadRequest, refused);
        Assert.Empty(await harness.Scenario.OutboxAsync());

        var page = await harness.OpenAsync(token, $"&student={student}&kind=Moderated");
        Assert.Contains("same level on 2 of 5 criteria", page, StringComparison.Ordinal);
        var (status, html) = await harness.PostAsync(page, $"moderate/{student}", new Dictionary<string, string>
        {
            ["moderate"] = "PickB", ["reason"] = "B matches the evidence.",
        });
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Final mark 20 of 20", html, StringComparison.Ordinal);

        await harness.ReleaseAsync(token, student);

        var entry = Assert.Single(await harness.Scenario.OutboxAsync());
        Assert.Contains("\"scoreGiven\":20", entry.SentDocument(), StringComparison.Ordinal);
        var record = await harness.QueryAsync(db => db.ModerationRecords.SingleAsync());
        Assert.Equal((20m, 24m, 24m), (record.TotalA, record.TotalB, record.FinalTotal));
        Assert.Equal("B matches the evidence.", record.Reason);
    }
}
