using LtiPathways.PathwayGraphQL.Pathways.Careers;
using Microsoft.Playwright;

namespace LtiPathways.LtiTool.Tests.Browser;

/// <summary>The interest inventory inside the sandbox frame, answered with the keyboard alone.</summary>
[Collection(BrowserCollection.Name)]
public sealed class CareerInventoryKeyboardTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public Task A_student_answers_all_48_activities_with_Tab_and_the_arrow_keys_and_sees_their_code() => browser.RunAsync(async run =>
    {
        var sandbox = run.Sandbox;
        var page = sandbox.Page;
        var keyboard = page.Keyboard;
        await sandbox.OpenAsync();
        await sandbox.LaunchAsync("Launch as student");
        await sandbox.ExpectToolLandedAsync("Student view", "Jordan Lee");

        run.Step("open the interest inventory in the frame with the page's session");
        var token = await sandbox.Frame.Locator("meta[name=lti-session]").GetAttributeAsync("content");
        await sandbox.Frame.GotoAsync($"{browser.ToolBase}/app/pathways/careers/interests?session={Uri.EscapeDataString(token!)}");
        await Assertions.Expect(sandbox.ToolFrame.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Interest inventory");
        await sandbox.FrameReadyAsync();

        run.Step("tab into the first activity's answers");
        var items = InterestInventory.Standard.Items;
        await KeyboardFocus.TabUntilAsync(page, sandbox.ToolFrame.Locator($"#{items[0].Id}"), 60);
        foreach (var (item, index) in items.Select((item, i) => (item, i)))
        {
            run.Step($"answer {item.Id} with the arrow keys");
            var answer = Answer(item.Type);
            if (answer == Liking.DislikeALot)
            {
                await keyboard.PressAsync("Space");
            }
            for (var press = 1; press < (int)answer; press++)
            {
                await keyboard.PressAsync("ArrowRight");
            }
            var chosen = sandbox.ToolFrame.GetByRole(AriaRole.Group, new() { Name = $"{index + 1}. {item.Activity}", Exact = true })
                .GetByRole(AriaRole.Radio, new() { Name = CareerWordsFor(answer), Exact = true });
            await Assertions.Expect(chosen).ToBeCheckedAsync();
            await Assertions.Expect(chosen).ToBeFocusedAsync();
            await keyboard.PressAsync("Tab");
        }

        run.Step("press See my results");
        await Assertions.Expect(sandbox.ToolFrame.GetByRole(AriaRole.Button, new() { Name = "See my results" })).ToBeFocusedAsync();
        await sandbox.ScreenshotAsync("careers-inventory-answered");
        await sandbox.ExpectAccessibleAsync("interest inventory");
        await keyboard.PressAsync("Enter");

        await Assertions.Expect(sandbox.ToolFrame.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Your career interests");
        await Assertions.Expect(sandbox.ToolFrame.GetByTestId("interest-code")).ToHaveTextAsync("ISA");
        await sandbox.ScreenshotAsync("careers-results");
        await sandbox.ExpectAccessibleAsync("career interest results");
        Assert.Empty(sandbox.ScriptErrors);
    });

    private static Liking Answer(RiasecType type) => type switch
    {
        RiasecType.Investigative => Liking.LikeALot,
        RiasecType.Social => Liking.Like,
        RiasecType.Artistic => Liking.NotSure,
        RiasecType.Realistic => Liking.DislikeALot,
        _ => Liking.Dislike,
    };

    private static string CareerWordsFor(Liking liking) => Localization.TestText.For<LtiPathways.LtiTool.Features.Pathways.PathwayText>()[$"Liking.{liking}"];
}
