using Microsoft.Playwright;

namespace LtiPathways.LtiTool.Tests.Browser;

/// <summary>Moves through a page as a keyboard user does, across the sandbox page into the tool frame.</summary>
public static class KeyboardFocus
{
    private const string HasFocus = "e => e.ownerDocument.activeElement === e && e.ownerDocument.hasFocus()";

    /// <summary>Presses Tab until the target has focus; fails, naming what had focus, if it takes more than the given presses.</summary>
    public static async Task TabUntilAsync(IPage page, ILocator target, int maxPresses)
    {
        await Assertions.Expect(target).ToBeVisibleAsync();
        for (var presses = 0; presses < maxPresses; presses++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await HasFocusAsync(target))
            {
                return;
            }
        }

        Assert.Fail($"{maxPresses} presses of Tab did not reach {target}; the focus was on {await DescribeFocusAsync(page)}.");
    }

    // A page that is still settling (a landing page reloading after its roster sync) may replace the document between a
    // press and the check: the target is then not focused yet, and the next press looks again in the new document.
    private static async Task<bool> HasFocusAsync(ILocator target)
    {
        try
        {
            return await target.EvaluateAsync<bool>(HasFocus);
        }
        catch (PlaywrightException exception) when (exception.Message.Contains("Execution context was destroyed", StringComparison.Ordinal))
        {
            return false;
        }
    }

    /// <summary>Presses Tab once and expects the focus on the target.</summary>
    public static async Task TabToAsync(IPage page, ILocator target)
    {
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(target).ToBeFocusedAsync();
    }

    private static async Task<string> DescribeFocusAsync(IPage page)
    {
        foreach (var frame in page.Frames)
        {
            var focused = await frame.EvaluateAsync<string?>(
                "() => document.hasFocus() && document.activeElement ? document.activeElement.outerHTML.slice(0, 200) : null");
            if (focused is not null)
            {
                return $"{focused} in {frame.Url}";
            }
        }

        return "nothing";
    }
}
