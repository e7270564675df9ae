using Microsoft.Playwright;

namespace LtiPathways.LtiTool.Tests.Browser;

/// <summary>A teacher builds a rubric in the editor with the keyboard alone, inside the sandbox's cross-site frame.</summary>
[Collection(BrowserCollection.Name)]
public sealed class RubricEditorKeyboardTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public Task A_teacher_builds_moves_trims_and_saves_a_rubric_with_the_keyboard() => browser.RunAsync(async run =>
    {
        var sandbox = run.Sandbox;
        var (page, frame, keyboard) = (sandbox.Page, sandbox.ToolFrame, sandbox.Page.Keyboard);
        await sandbox.OpenAsync();
        await KeyboardFocus.TabUntilAsync(page, sandbox.LaunchLink("Launch as teacher"), 10);
        await keyboard.PressAsync("Enter");
        await sandbox.ExpectToolLandedAsync("Teacher view", "Alex Rivera");
        await sandbox.FrameReadyAsync();
        await KeyboardFocus.TabUntilAsync(page, frame.GetByRole(AriaRole.Link, new() { Name = "Rubric library" }), 60);
        await keyboard.PressAsync("Enter");
        await sandbox.FrameReadyAsync();
        await KeyboardFocus.TabUntilAsync(page, frame.GetByRole(AriaRole.Link, new() { Name = "New rubric" }), 60);
        await keyboard.PressAsync("Enter");
        await Assertions.Expect(frame.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("New rubric");
        await sandbox.FrameReadyAsync();

        await KeyboardFocus.TabUntilAsync(page, frame.Locator("#title"), 20);
        await keyboard.TypeAsync("Welding practical");
        await KeyboardFocus.TabUntilAsync(page, frame.Locator("#c0-title"), 5);
        await keyboard.TypeAsync("Safety");
        foreach (var (index, title) in new[] { (1, "Technique"), (2, "Teamwork") })
        {
            await KeyboardFocus.TabUntilAsync(page, frame.Locator("#add-criterion"), 40);
            await keyboard.PressAsync("Enter");
            // The new criterion's title has focus, and the criterion starts with the levels of the one before.
            await Assertions.Expect(frame.Locator($"#c{index}-title")).ToBeFocusedAsync();
            await Assertions.Expect(frame.Locator("#notice-region")).ToHaveTextAsync($"Added criterion {index + 1} of {index + 1}.");
            await keyboard.TypeAsync(title);
        }
        await Assertions.Expect(frame.Locator("li.criterion li.row")).ToHaveCountAsync(9);
        await Assertions.Expect(frame.Locator("[data-preview=maximum]")).ToHaveTextAsync("Maximum: 9 points.");

        await KeyboardFocus.TabUntilAsync(page, frame.Locator("#up-c2"), 40);
        await keyboard.PressAsync("Enter");
        await Assertions.Expect(frame.Locator("#notice-region")).ToHaveTextAsync("Moved “Teamwork” to position 2 of 3.");
        await Assertions.Expect(frame.Locator("#up-c1")).ToBeFocusedAsync();
        await Assertions.Expect(frame.Locator("#c1-title")).ToHaveValueAsync("Teamwork");
        await Assertions.Expect(frame.Locator("#c2-title")).ToHaveValueAsync("Technique");
        await Assertions.Expect(frame.Locator("#title")).ToHaveValueAsync("Welding practical");

        var sample = frame.Locator("[data-preview=sample]");
        await Assertions.Expect(sample).ToContainTextAsync("the lowest level of every criterion gives 3 of 9");
        await KeyboardFocus.TabUntilAsync(page, frame.Locator("#remove-c2-r2"), 30);
        await keyboard.PressAsync("Enter");
        await Assertions.Expect(frame.Locator("#notice-region")).ToContainTextAsync("Removed level “3” from Technique; 2 left.");
        await Assertions.Expect(frame.Locator("#c2-r1-title")).ToBeFocusedAsync();
        await Assertions.Expect(frame.Locator("li.criterion").Nth(2).Locator("li.row")).ToHaveCountAsync(2);
        await Assertions.Expect(sample).ToContainTextAsync("the lowest level of every criterion gives 4 of 9");

        // The preview follows the typing, without a round trip.
        await KeyboardFocus.TabToAsync(page, frame.Locator("#c2-r1-points"));
        await keyboard.PressAsync("Control+A");
        await keyboard.TypeAsync("5");
        await Assertions.Expect(frame.Locator("[data-preview=maximum]")).ToHaveTextAsync("Maximum: 11 points.");
        await sandbox.ScreenshotAsync("rubric-editor-keyboard");

        await KeyboardFocus.TabUntilAsync(page, frame.Locator("#save"), 40);
        await keyboard.PressAsync("Enter");
        await Assertions.Expect(frame.Locator("#notice-region")).ToHaveTextAsync("Saved version 1; no work had been marked with it yet.");
        await Assertions.Expect(frame.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Edit Welding practical");
        await Assertions.Expect(frame.GetByTestId("version")).ToHaveTextAsync("Latest version 1");
        await Assertions.Expect(frame.Locator("#c1-title")).ToHaveValueAsync("Teamwork");
        await Assertions.Expect(frame.Locator("#c2-r1-points")).ToHaveValueAsync("5");
        Assert.Empty(sandbox.ScriptErrors);
    });
}
