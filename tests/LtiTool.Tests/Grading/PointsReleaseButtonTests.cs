using LtiPathways.LtiTool.Tests.Infrastructure;

namespace LtiPathways.LtiTool.Tests.Grading;

/// <summary>The points page's per-student Release: named for the student, and off with its reason when there is nothing to release.</summary>
public sealed class PointsReleaseButtonTests : IAsyncLifetime, IDisposable
{
    private readonly ToolFactory factory = new();
    private AgsScenario scenario = default!;

    public async Task InitializeAsync() => scenario = await AgsScenario.StartAsync(factory);

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        scenario.Dispose();
        factory.Dispose();
    }

    [Fact]
    public async Task Release_names_the_student_and_is_off_with_its_reason_while_nothing_is_handed_in_and_no_points_are_given()
    {
        var student = await scenario.UserIdAsync(scenario.StudentSubject);
        var page = await scenario.OpenAsync(await scenario.LaunchAsync("teacher"));

        Assert.Equal(
            new PageButton("Release Jordan Lee's mark", true, "Nothing to release: nothing handed in and no points yet."),
            PageButton.Find(page, $"release-{student}"));
        Assert.Equal("Release all", PageButton.Find(page, "release-all").Name);

        var (_, released) = await scenario.ReleaseAsync(student, "12");
        Assert.Equal(new PageButton("Release Jordan Lee's mark", false, null), PageButton.Find(released, $"release-{student}"));
    }

    [Fact]
    public async Task The_switcher_keeps_only_the_students_the_filter_asks_for()
    {
        var token = await scenario.LaunchAsync("teacher");
        using var response = await scenario.Browser.GetAsync($"/app/grading?session={Uri.EscapeDataString(token)}&show=Released");
        var page = await response.Content.ReadAsStringAsync();

        // The teacher's launch may have synced the sandbox roster meanwhile, so the course holds 1 or 120 students.
        Assert.Matches(@"0 of \d+ students shown", page);
        Assert.DoesNotContain("Points for Jordan Lee", page, StringComparison.Ordinal);
    }
}
