namespace LtiPathways.LtiTool.Sandbox;

/// <summary>The development platform's settings (section "Sandbox").</summary>
public sealed class SandboxOptions
{
    public const string Section = "Sandbox";

    /// <summary>Place the pathway planner in the demo course with three students' plans at different stages when the sandbox page opens.</summary>
    public bool DemoPlans { get; set; }
}
