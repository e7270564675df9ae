namespace LtiPathways.LtiTool.Sandbox;

/// <summary>A link the teacher placed in the sandbox course through a deep linking response.</summary>
public record SandboxPlacement(
    string ResourceLinkId, string Title, string Url, IReadOnlyDictionary<string, string> Custom, string? LineItemId);
