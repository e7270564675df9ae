namespace LtiPathways.LtiTool.Sandbox;

/// <summary>A placed link on the sandbox course page, with the launches it offers.</summary>
public record SandboxPlacementLaunch(SandboxPlacement Placement, SandboxLineItem? LineItem, IReadOnlyList<SandboxLaunch> Launches);
