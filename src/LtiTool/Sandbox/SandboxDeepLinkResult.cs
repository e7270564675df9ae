namespace LtiPathways.LtiTool.Sandbox;

/// <summary>What the sandbox made of a deep linking response: the placements it added, or why it refused the response.</summary>
public record SandboxDeepLinkResult(IReadOnlyList<SandboxPlacement> Added, IReadOnlyList<string> Ignored, string? ToolMessage, string? Problem)
{
    public static SandboxDeepLinkResult Refused(string problem) => new([], [], null, problem);
}
