using Microsoft.Playwright;

namespace LtiPathways.LtiTool.Tests.Browser;

/// <summary>An outside mentor's signed link at the top level of a browser, outside any LMS, with the keyboard alone.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SignedLinkKeyboardTests(PlannerBrowserFixture browser) : IClassFixture<PlannerBrowserFixture>
{
    [Fact]
    public Task The_outside_mentor_opens_their_link_and_logs_hours_for_their_mentee_with_the_keyboard() => browser.RunAsync(async run =>
    {
        var page = run.Page;
        run.Step("open the demo outside mentor's signed link at the top level");
        await page.GotoAsync(browser.PlatformBase + "/sandbox/outside-mentor");
        await Assertions.Expect(page.GetByTestId("view")).ToHaveTextAsync("LtiPathways · outside mentor");
        await Assertions.Expect(page.GetByTestId("holder")).ToContainTextAsync("Dana Mills");
        Assert.True(await page.EvaluateAsync<bool>("window.top === window"));
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "signed-link-mentees.png"), FullPage = true });
        await page.ExpectAccessibleAsync("outside mentor's signed link page");

        run.Step("open the mentee by keyboard");
        var mentee = page.GetByTestId("mentees").GetByRole(AriaRole.Link, new() { Name = "Chloé Abebe" });
        await KeyboardFocus.TabUntilAsync(page, mentee, 10);
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Chloé Abebe");

        run.Step("log and confirm 3 hours by keyboard");
        await KeyboardFocus.TabUntilAsync(page, page.Locator("#hours-date"), 40);
        // A date field takes a Tab per part (month, day, year) before the next field.
        await KeyboardFocus.TabUntilAsync(page, page.Locator("#hours-hours"), 4);
        await page.Keyboard.TypeAsync("3");
        await KeyboardFocus.TabToAsync(page, page.Locator("#hours-kind"));
        await KeyboardFocus.TabToAsync(page, page.Locator("#hours-activity"));
        await page.Keyboard.TypeAsync("Clinic reception shadowing");
        await KeyboardFocus.TabToAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Log and confirm" }));
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page.GetByTestId("notice")).ToContainTextAsync("logged and confirmed");
        await Assertions.Expect(page.GetByTestId("hour-logs")).ToContainTextAsync("Clinic reception shadowing");
        await Assertions.Expect(page.GetByTestId("hour-logs")).ToContainTextAsync("✓ by Dana Mills");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "signed-link-mentee.png"), FullPage = true });
        await page.ExpectAccessibleAsync("outside mentor's page of a mentee");
    });
}
