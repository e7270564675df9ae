namespace LtiPathways.LtiTool.Tests.Browser;

/// <summary>A browser on a tool whose sandbox course has the pathway planner placed with its three demo plans.</summary>
public sealed class PlannerBrowserFixture : BrowserFixture
{
    protected override void ConfigureTool(KestrelToolFactory factory) => factory.Settings["Sandbox:DemoPlans"] = "true";
}
