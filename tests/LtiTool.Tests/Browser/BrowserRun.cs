using Microsoft.Playwright;

namespace LtiPathways.LtiTool.Tests.Browser;

/// <summary>What one browser test gets: its own browser context, a page on it, and the sandbox course page there.</summary>
public sealed class BrowserRun(IBrowserContext context, SandboxCoursePage sandbox, StepTrail steps)
{
    public IBrowserContext Context => context;

    public IPage Page => sandbox.Page;

    public SandboxCoursePage Sandbox => sandbox;

    /// <summary>Names what the test does next; a failure or a hang reports the step it was in.</summary>
    public void Step(string step) => steps.Enter(step);
}
