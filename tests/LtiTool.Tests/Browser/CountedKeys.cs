using Microsoft.Playwright;

namespace LtiPathways.LtiTool.Tests.Browser;

/// <summary>The keyboard of a test that promises a number of key presses: every press and typed character counts.</summary>
public sealed class CountedKeys(IPage page)
{
    public int Count { get; private set; }

    public async Task PressAsync(string key)
    {
        Count++;
        await page.Keyboard.PressAsync(key);
    }

    public async Task TypeAsync(string text)
    {
        foreach (var character in text)
        {
            await PressAsync(character.ToString());
        }
    }

    /// <summary>One Tab, which must put the focus on the target.</summary>
    public async Task TabToAsync(ILocator target)
    {
        await PressAsync("Tab");
        await Assertions.Expect(target).ToBeFocusedAsync();
    }
}
