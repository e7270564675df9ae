using System.Collections.Concurrent;
using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace LtiPathways.LtiTool.Tests.Browser;

/// <summary>
/// axe-core over one document at WCAG 2.0, 2.1 and 2.2, levels A and AA; a test fails on any violation, with each one's
/// rule, the elements it found and what to do. Each kind of page is checked once per test run: the first test that
/// reaches it pays the second or so axe takes, and the others pass through.
/// </summary>
public static class AccessibilityCheck
{
    private static readonly AxeRunOptions Options = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"] },
        ResultTypes = [ResultType.Violations],
    };

    private static readonly ConcurrentDictionary<string, bool> Checked = new();

    /// <summary>The tool's document in the sandbox's cross-site frame (axe runs in the frame itself, not in the course page).</summary>
    public static Task ExpectAccessibleAsync(this SandboxCoursePage sandbox, string pageKind) =>
        OnceAsync(pageKind, () => sandbox.Page.FrameLocator("iframe[name=tool-frame]").Locator("html").RunAxe(Options));

    /// <summary>A document at the top level of a tab: the sandbox's own pages, signed links, a window the tool opens.</summary>
    public static Task ExpectAccessibleAsync(this IPage page, string pageKind) =>
        OnceAsync(pageKind, () => page.Locator("html").RunAxe(Options));

    private static async Task OnceAsync(string pageKind, Func<Task<AxeResult>> run)
    {
        if (!Checked.TryAdd(pageKind, true))
        {
            return;
        }

        var result = await run();
        if (result.Violations.Length > 0)
        {
            Checked.TryRemove(pageKind, out _);
            throw new Xunit.Sdk.XunitException(Describe(pageKind, result));
        }
    }

    private static string Describe(string pageKind, AxeResult result)
    {
        var text = new StringBuilder($"axe found {result.Violations.Length} WCAG 2.2 A/AA violation(s) on the {pageKind} ({result.Url}):");
        foreach (var violation in result.Violations)
        {
            text.AppendLine().Append($"- {violation.Id} ({violation.Impact}): {violation.Help}");
            foreach (var node in violation.Nodes.Take(5))
            {
                text.AppendLine().Append($"    at {node.Target}: {node.Html}");
            }

            if (violation.Nodes.Length > 5)
            {
                text.AppendLine().Append($"    and {violation.Nodes.Length - 5} more");
            }
        }

        return text.ToString();
    }
}
