namespace LtiPathways.LtiTool.Sandbox;

/// <summary>A gradebook column (AGS 2.0 line item) of the sandbox course.</summary>
public record SandboxLineItem(
    string Id, string Label, decimal ScoreMaximum, string? ResourceId, string? Tag, string? ResourceLinkId);
