using LtiPathways.LtiTool.Sandbox;
using Microsoft.Playwright;

namespace LtiPathways.LtiTool.Tests.Browser;

/// <summary>
/// The conference reel: arranged and presented by keyboard inside the sandbox frame, then opened through its signed link
/// at the top level of the browser, as a parent would; the screenshots go into the README.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ReelKeyboardTests(ReelBrowserFixture browser) : IClassFixture<ReelBrowserFixture>
{
    [Fact]
    public Task A_student_arranges_a_reel_presents_it_by_keyboard_in_the_frame_and_a_parent_opens_its_link_at_the_top_level() => browser.RunAsync(async run =>
    {
        var sandbox = run.Sandbox;
        var page = sandbox.Page;
        var frame = sandbox.ToolFrame;
        await sandbox.OpenAsync();
        run.Step("launch the planner as the student and start a plan");
        await sandbox.PlacementLink("Launch as student", SandboxPlannerLink.Title).ClickAsync();
        await frame.GetByRole(AriaRole.Link, new() { Name = "IB Career-related Programme with CTE" }).ClickAsync();
        await frame.GetByRole(AriaRole.Button, new() { Name = "Start my plan" }).ClickAsync();
        await Assertions.Expect(frame.GetByTestId("notice")).ToContainTextAsync("Your plan is started");
        await browser.GiveJordanWorkAsync();

        run.Step("add three slides with captions");
        await frame.GetByRole(AriaRole.Link, new() { Name = "Conference reel" }).ClickAsync();
        await Assertions.Expect(frame.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Your conference reel");
        var added = 0;
        foreach (var (work, caption) in new[]
        {
            ("Employability presentation", "My mark for the presentation to the clinic's manager."),
            ("Why I want to work in health care", "Where it started: my personal statement."),
            ("Community project report", "What I organised with my class."),
        })
        {
            await frame.Locator("#slide-evidence").SelectOptionAsync(new SelectOptionValue { Label = (await OptionLabelAsync(frame, work))! });
            await frame.Locator("#slide-caption").FillAsync(caption);
            await frame.GetByRole(AriaRole.Button, new() { Name = "Add slide" }).ClickAsync();
            // The count tells the new page from the one before it, which says "Added as slide" too.
            added++;
            await Assertions.Expect(frame.GetByTestId("notice")).ToHaveTextAsync($"Added as slide {added} of {added}.");
        }

        run.Step("move the personal statement to the front with the keyboard");
        await sandbox.FrameReadyAsync();
        // The page came back focused on the slide just added (the third); start from the second slide's box.
        await frame.Locator("[data-slide]").Nth(1).FocusAsync();
        var moveEarlier = frame.GetByRole(AriaRole.Button, new() { Name = "Move earlier: slide 2 (Why I want to work in health care)" });
        await KeyboardFocus.TabUntilAsync(page, moveEarlier, 5);
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(frame.GetByTestId("notice")).ToHaveTextAsync("Moved: now slide 1 of 3.");
        await Assertions.Expect(frame.Locator("[data-slide]").First).ToBeFocusedAsync();
        await Assertions.Expect(frame.Locator("[data-slide]").First).ToContainTextAsync("Why I want to work in health care");
        await sandbox.ScreenshotAsync("reel-arrange");
        await sandbox.ExpectAccessibleAsync("reel arrangement");

        run.Step("present the reel full screen and move through it with the keyboard");
        await frame.GetByRole(AriaRole.Link, new() { Name = "Preview and present" }).ClickAsync();
        var present = frame.GetByRole(AriaRole.Button, new() { Name = "Present full screen" });
        await sandbox.FrameReadyAsync();
        await KeyboardFocus.TabUntilAsync(page, present, 10);
        await page.Keyboard.PressAsync("Enter");
        var status = frame.GetByTestId("reel-status");
        var slides = frame.GetByTestId("slide");
        await Assertions.Expect(status).ToHaveTextAsync("Slide 1 of 3");
        await Assertions.Expect(slides.Nth(0)).ToBeFocusedAsync();
        await Assertions.Expect(slides.Nth(1)).ToBeHiddenAsync();
        await Assertions.Expect(frame.Locator("[aria-live=polite][data-reel-status]")).ToHaveCountAsync(1);
        foreach (var (key, shown) in new[] { ("ArrowRight", 2), ("PageDown", 3), ("ArrowRight", 3), ("Home", 1), ("End", 3), ("PageUp", 2), ("ArrowLeft", 1), ("ArrowDown", 2) })
        {
            await page.Keyboard.PressAsync(key);
            await Assertions.Expect(status).ToHaveTextAsync($"Slide {shown} of 3");
            await Assertions.Expect(slides.Nth(shown - 1)).ToBeVisibleAsync();
            await Assertions.Expect(slides.Nth(shown - 1)).ToBeFocusedAsync();
        }
        await Assertions.Expect(slides.Nth(1)).ToContainTextAsync("Employability presentation");
        await Assertions.Expect(slides.Nth(1).GetByTestId("result")).ToHaveTextAsync("85 %");
        await sandbox.ScreenshotAsync("reel-present");
        await sandbox.ExpectAccessibleAsync("reel presentation");
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(status).ToHaveTextAsync("Left the presentation.");
        await Assertions.Expect(present).ToBeFocusedAsync();
        await Assertions.Expect(slides.Nth(2)).ToBeVisibleAsync();

        run.Step("share the reel for 14 days");
        await frame.GetByRole(AriaRole.Link, new() { Name = "Back to arranging the reel" }).ClickAsync();
        await Assertions.Expect(frame.Locator("#link-days")).ToHaveValueAsync("14");
        await frame.GetByRole(AriaRole.Button, new() { Name = "Make a link" }).ClickAsync();
        var url = await frame.GetByTestId("issued-link").InputValueAsync();
        Assert.StartsWith(browser.ToolBase + "/reel-link/", url, StringComparison.Ordinal);

        run.Step("open the link at the top level and present it by keyboard");
        var parent = await run.Context.NewPageAsync();
        await parent.GotoAsync(url);
        Assert.True(await parent.EvaluateAsync<bool>("window.top === window"));
        await Assertions.Expect(parent.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Jordan Lee's conference reel");
        await Assertions.Expect(parent.GetByTestId("slide")).ToHaveCountAsync(3);
        await Assertions.Expect(parent.GetByText("Back to the plan")).ToHaveCountAsync(0);
        await parent.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "reel-shared.png"), FullPage = true });
        await parent.ExpectAccessibleAsync("shared reel at the top level");
        var sharedPresent = parent.GetByRole(AriaRole.Button, new() { Name = "Present full screen" });
        await KeyboardFocus.TabUntilAsync(parent, sharedPresent, 10);
        await parent.Keyboard.PressAsync("Enter");
        await Assertions.Expect(parent.GetByTestId("reel-status")).ToHaveTextAsync("Slide 1 of 3");
        await parent.Keyboard.PressAsync("End");
        await Assertions.Expect(parent.GetByTestId("reel-status")).ToHaveTextAsync("Slide 3 of 3");
        await Assertions.Expect(parent.GetByTestId("slide").Nth(2)).ToContainTextAsync("What I organised with my class.");
        await parent.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "reel-shared-present.png") });
        await parent.Keyboard.PressAsync("Escape");
        await Assertions.Expect(sharedPresent).ToBeFocusedAsync();
        Assert.Empty(sandbox.ScriptErrors);
    });

    private static async Task<string?> OptionLabelAsync(ILocator frame, string startsWith)
    {
        foreach (var label in await frame.Locator("#slide-evidence option").AllTextContentsAsync())
        {
            if (label.StartsWith(startsWith, StringComparison.Ordinal))
            {
                return label;
            }
        }
        return null;
    }
}
