using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace LtiPathways.LtiTool.Tests.Browser;

/// <summary>The sandbox gradebook page (/sandbox/gradebook): the columns the tool created and the scores it sent.</summary>
public sealed class SandboxGradebookTab(IPage page, BrowserFixture browser)
{
    public IPage Page => page;

    public ILocator Column(string label) =>
        page.GetByRole(AriaRole.Table).Filter(new() { Has = page.GetByRole(AriaRole.Columnheader, new() { Name = "Points possible" }) })
            .GetByRole(AriaRole.Row).Filter(new() { HasText = label });

    public ILocator Score(string column, string student) =>
        page.GetByTestId("gradebook-scores").GetByRole(AriaRole.Row).Filter(new() { HasText = column }).Filter(new() { HasText = student });

    public async Task OpenAsync()
    {
        await page.GotoAsync(browser.PlatformBase + "/sandbox/gradebook");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Gradebook");
    }

    /// <summary>
    /// Reloads until the student's row shows the score: the page is rendered on the server, and the tool's delivery
    /// worker sends in the background, so nothing on the page itself changes while it waits.
    /// </summary>
    public async Task ExpectScoreAsync(string column, string student, Regex score, TimeSpan within)
    {
        var deadline = DateTimeOffset.UtcNow + within;
        while (true)
        {
            await OpenAsync();
            var row = Score(column, student);
            if (await row.CountAsync() == 1 && score.IsMatch(await row.InnerTextAsync()))
            {
                return;
            }

            if (DateTimeOffset.UtcNow > deadline)
            {
                await Assertions.Expect(row).ToContainTextAsync(score, new() { Timeout = 1 });
            }

            // Paces the reloads; each iteration still checks the page itself.
            await Task.Delay(TimeSpan.FromMilliseconds(300));
        }
    }
}
