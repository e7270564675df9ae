using Microsoft.Playwright;

namespace LtiPathways.LtiTool.Tests.Browser;

/// <summary>
/// Chromium reports each script, load, frame or form the Content-Security-Policy blocks as a console error, from the
/// page, the cross-site tool frame and any window the tool opens alike; a browser test counts each as a failure, like an
/// uncaught script error.
/// </summary>
public static class PolicyViolations
{
    public static void ReportInto(IBrowserContext context, List<string> errors) =>
        context.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                errors.Add($"{message.Text} (at {message.Location})");
            }
        };
}
