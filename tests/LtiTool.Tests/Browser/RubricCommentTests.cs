using Microsoft.Playwright;

namespace LtiPathways.LtiTool.Tests.Browser;

/// <summary>A teacher writes a criterion's comment before choosing its level; autosave keeps it through reloads.</summary>
[Collection(BrowserCollection.Name)]
public sealed class RubricCommentTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Safety = "Safety and care of equipment";
    private const string Comment = "Kept the lathe guard down every time.";

    [Fact]
    public Task A_criterion_comment_typed_before_the_level_survives_a_reload_and_the_level_chosen_later() => browser.RunAsync(async run =>
    {
        var sandbox = run.Sandbox;
        const string title = "Workshop placement review";
        await sandbox.OpenAsync();
        await sandbox.PlaceRubricAssignmentAsync(title);
        await sandbox.LaunchPlacedAsync("Launch as student", title, "Student view");
        await sandbox.LaunchPlacedAsync("Launch as teacher", title, "Teacher view");
        var frame = sandbox.ToolFrame;
        await sandbox.OpenRubricOfAsync("Jordan Lee");

        await frame.GetByLabel($"Comment on {Safety}").FillAsync(Comment);
        await Assertions.Expect(frame.Locator("#save-state")).ToContainTextAsync("Saved at");
        await Assertions.Expect(frame.GetByTestId("total")).ToContainTextAsync("5 criteria still to mark");
        // The comment bank inserts into the comment last written in, here one whose criterion has no level either.
        await frame.GetByRole(AriaRole.Button, new() { Name = "Save the comment I am typing to my bank" }).ClickAsync();
        await Assertions.Expect(frame.Locator("#save-state")).ToHaveTextAsync("Saved to your comment bank.");
        await frame.GetByLabel("Comment on Teamwork").FocusAsync();
        await frame.GetByLabel("Comment bank").SelectOptionAsync(new SelectOptionValue { Label = Comment });
        await frame.GetByRole(AriaRole.Button, new() { Name = "Insert comment" }).ClickAsync();
        await Assertions.Expect(frame.Locator("#save-state")).ToContainTextAsync("Saved at");
        await sandbox.ScreenshotAsync("rubric-comment-before-level");

        await ReloadFrameAsync(sandbox);
        await Assertions.Expect(frame.GetByLabel($"Comment on {Safety}")).ToHaveValueAsync(Comment);
        await Assertions.Expect(frame.GetByLabel("Comment on Teamwork")).ToHaveValueAsync(Comment);
        var safety = frame.GetByRole(AriaRole.Group, new() { Name = Safety });
        await Assertions.Expect(safety.GetByRole(AriaRole.Radio, new() { Checked = true })).ToHaveCountAsync(0);
        await sandbox.ScreenshotAsync("rubric-comment-after-reload");

        await safety.GetByRole(AriaRole.Radio, new() { Name = "Excellent" }).CheckAsync();
        await Assertions.Expect(frame.Locator("#save-state")).ToContainTextAsync("Saved at");
        await Assertions.Expect(frame.GetByTestId("total")).ToContainTextAsync("4 criteria still to mark");
        await ReloadFrameAsync(sandbox);
        await Assertions.Expect(safety.GetByRole(AriaRole.Radio, new() { Name = "Excellent" })).ToBeCheckedAsync();
        await Assertions.Expect(frame.GetByLabel($"Comment on {Safety}")).ToHaveValueAsync(Comment);

        await frame.GetByRole(AriaRole.Button, new() { Name = "Release Jordan Lee's mark" }).ClickAsync();
        await Assertions.Expect(frame.GetByTestId("problem"))
            .ToHaveTextAsync("Mark every criterion before releasing; the LMS only gets complete marks.");
        await Assertions.Expect(frame.GetByLabel($"Comment on {Safety}")).ToHaveValueAsync(Comment);
        await sandbox.ScreenshotAsync("rubric-comment-release-refused");
        await sandbox.ExpectAccessibleAsync("rubric view with a refused release");
        Assert.Empty(sandbox.ScriptErrors);
    });

    /// <summary>What the teacher's reload does: the frame asks the server for the same page again.</summary>
    private static async Task ReloadFrameAsync(SandboxCoursePage sandbox)
    {
        await sandbox.Frame.EvaluateAsync("() => location.reload()");
        await sandbox.Frame.WaitForLoadStateAsync(LoadState.Load);
        await Assertions.Expect(sandbox.ToolFrame.Locator("#save-state")).ToBeEmptyAsync();
        await Assertions.Expect(sandbox.ToolFrame.Locator("#student-title")).ToContainTextAsync("Jordan Lee");
    }
}
