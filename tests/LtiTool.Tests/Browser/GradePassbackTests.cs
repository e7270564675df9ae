using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace LtiPathways.LtiTool.Tests.Browser;

/// <summary>Issue 4's acceptance in a browser: deep link, line item, launches, a released grade in the LMS gradebook.</summary>
[Collection(BrowserCollection.Name)]
public sealed class GradePassbackTests(DeliveringBrowserFixture browser) : IClassFixture<DeliveringBrowserFixture>
{
    [Fact]
    public Task A_deep_linked_assignment_graded_in_the_tool_shows_its_score_in_the_sandbox_gradebook() => browser.RunAsync(async run =>
    {
        var sandbox = run.Sandbox;
        var gradebook = new SandboxGradebookTab(sandbox.Page, browser);
        const string title = "Placement reflection";
        await sandbox.OpenAsync();
        await sandbox.PlaceAssessedAsync(title, "20", "Video");
        await Assertions.Expect(sandbox.Page.GetByRole(AriaRole.Row).Filter(new() { HasText = title }))
            .ToContainTextAsync($"{title} (20 points)");

        await sandbox.Page.GetByRole(AriaRole.Link, new() { Name = "Gradebook", Exact = true }).ClickAsync();
        await Assertions.Expect(gradebook.Column(title)).ToContainTextAsync("20");
        await sandbox.Page.GetByRole(AriaRole.Link, new() { Name = "Back to the course" }).ClickAsync();

        await sandbox.LaunchPlacedAsync("Launch as student", title, "Student view");
        await Assertions.Expect(sandbox.ToolFrame.GetByTestId("grade")).ToHaveTextAsync("Not graded yet.");

        await sandbox.LaunchPlacedAsync("Launch as teacher", title, "Teacher view");
        var frame = sandbox.ToolFrame;
        await frame.GetByLabel("Points for Jordan Lee").FillAsync("18");
        await frame.GetByLabel("Comment for Jordan Lee").FillAsync("A thoughtful reflection.");
        await sandbox.StudentRow("Jordan Lee")
            .GetByRole(AriaRole.Button, new() { Name = "Release Jordan Lee's mark", Exact = true }).ClickAsync();
        await Assertions.Expect(frame.GetByTestId("notice"))
            .ToHaveTextAsync("Released to Jordan Lee; the grade is on its way to the LMS gradebook.");
        await sandbox.FrameReadyAsync();

        await gradebook.ExpectScoreAsync(title, "Jordan Lee", new Regex(@"18(\.0+)? / 20"), TimeSpan.FromSeconds(15));
        await Assertions.Expect(gradebook.Score(title, "Jordan Lee")).ToContainTextAsync("Completed / FullyGraded");
        await Assertions.Expect(gradebook.Score(title, "Jordan Lee")).ToContainTextAsync("A thoughtful reflection.");
        await gradebook.Page.ScreenshotAsync(new PageScreenshotOptions
        {
            Path = Path.Combine(BrowserFixture.ScreenshotFolder, "sandbox-gradebook-released-score.png"), FullPage = true,
        });
        await gradebook.Page.ExpectAccessibleAsync("sandbox gradebook");

        // Back in the course, the teacher sees the grade reached the LMS.
        await sandbox.OpenAsync();
        await sandbox.LaunchPlacedAsync("Launch as teacher", title, "Teacher view");
        await Assertions.Expect(sandbox.StudentRow("Jordan Lee").GetByTestId("passback")).ToHaveTextAsync("Sent");
        await sandbox.ScreenshotAsync("sandbox-teacher-grade-sent");
        Assert.Empty(sandbox.ScriptErrors);
    });
}
