namespace LtiPathways.LtiTool.Sandbox;

/// <summary>One launch button on the sandbox course page.</summary>
public record SandboxLaunch(string Label, string LoginUrl);
