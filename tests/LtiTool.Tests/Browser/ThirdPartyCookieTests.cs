using Microsoft.Playwright;

namespace LtiPathways.LtiTool.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class ThirdPartyCookieTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Theory]
    [InlineData("Launch as teacher", "Teacher view", "Alex Rivera", "teacher")]
    [InlineData("Launch as student", "Student view", "Jordan Lee", "student")]
    public Task A_launch_in_the_sandbox_frame_lands_with_third_party_cookies_blocked(
        string link, string view, string name, string screenshot) => browser.RunAsync(async run =>
    {
        var sandbox = run.Sandbox;
        await sandbox.OpenAsync();

        await sandbox.LaunchAsync(link);

        await sandbox.ExpectToolLandedAsync(view, name);
        Assert.Empty(sandbox.ScriptErrors);
        Assert.True(await AcceptsCookieAsync(sandbox, "partitioned", "; Partitioned"));
        Assert.False(await AcceptsCookieAsync(sandbox, "unpartitioned", ""), "the framed tool could set a third-party cookie");
        await sandbox.Page.ScreenshotAsync(new PageScreenshotOptions
        {
            Path = Path.Combine(BrowserFixture.ScreenshotFolder, $"sandbox-{screenshot}-third-party-cookies-blocked.png"),
            FullPage = true,
        });
    });

    /// <summary>
    /// Safari's rule, stricter than Chrome's: the framed tool keeps no cookie at all, partitioned or not. The forms still
    /// work, because every post carries the session token from the page.
    /// </summary>
    [Fact]
    public Task With_every_tool_cookie_refused_in_the_frame_a_teacher_releases_a_rubric_mark_and_saves_assignment_settings() => browser.RunAsync(async run =>
    {
        var page = run.Page;
        await ToolCookies.BlockInFramesAsync(page, browser.ToolBase);
        var sandbox = run.Sandbox;
        const string title = "Kitchen safety review";
        await sandbox.OpenAsync();
        await sandbox.PlaceRubricAssignmentAsync(title);
        await sandbox.LaunchPlacedAsync("Launch as student", title, "Student view");
        await sandbox.LaunchPlacedAsync("Launch as teacher", title, "Teacher view");
        var frame = sandbox.ToolFrame;
        await sandbox.OpenRubricOfAsync("Jordan Lee");

        foreach (var criterion in Criteria)
        {
            await frame.GetByRole(AriaRole.Group, new() { Name = criterion })
                .GetByRole(AriaRole.Radio, new() { Name = "Excellent" }).CheckAsync();
        }

        // The total comes from the autosave's answer, so a complete one means the last mark is stored.
        await Assertions.Expect(frame.GetByTestId("total")).ToHaveTextAsync("Total 24 of 24 · sends 20 of 20 to the LMS");

        await frame.GetByRole(AriaRole.Button, new() { Name = "Release Jordan Lee's mark" }).ClickAsync();
        await Assertions.Expect(frame.GetByTestId("notice"))
            .ToHaveTextAsync("Released to Jordan Lee; the grade is on its way to the LMS gradebook.");
        await sandbox.ScreenshotAsync("cookies-refused-rubric-mark-released");

        await sandbox.FrameReadyAsync();
        await frame.GetByRole(AriaRole.Link, new() { Name = "Students' submissions" }).ClickAsync();
        await frame.GetByRole(AriaRole.Link, new() { Name = "Assignment settings" }).ClickAsync();
        await sandbox.FrameReadyAsync();
        await frame.GetByLabel("Attempts allowed").FillAsync("3");
        await frame.GetByRole(AriaRole.Button, new() { Name = "Save settings" }).ClickAsync();
        await Assertions.Expect(frame.GetByTestId("notice"))
            .ToHaveTextAsync("Settings saved. Students see the new rules the next time they open the assignment.");
        await Assertions.Expect(frame.GetByLabel("Attempts allowed")).ToHaveValueAsync("3");
        await sandbox.ScreenshotAsync("cookies-refused-assignment-settings-saved");
        await sandbox.ExpectAccessibleAsync("assignment settings after a save");
        Assert.Empty(sandbox.ScriptErrors);
        Assert.Empty(await run.Context.CookiesAsync([browser.ToolBase]));
    });

    private static readonly string[] Criteria =
    [
        "Attendance and punctuality", "Safety and care of equipment", "Teamwork", "Workplace communication", "Initiative and problem solving",
    ];

    private static Task<bool> AcceptsCookieAsync(SandboxCoursePage sandbox, string name, string attributes) =>
        sandbox.Page.Frame("tool-frame")!.EvaluateAsync<bool>(
            "([name, attributes]) => { document.cookie = name + '=1; SameSite=None; Secure; Path=/' + attributes; return document.cookie.includes(name + '=1'); }",
            new[] { name, attributes });
}
