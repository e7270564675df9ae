namespace LtiPathways.LtiTool.Lti.DeepLinking;

/// <summary>What the tool answers a deep linking request with, before signing.</summary>
public record DeepLinkingResponse(
    string ClientId,
    string PlatformIssuer,
    string DeploymentId,
    string? DataJson,
    IReadOnlyList<LtiResourceLinkItem> Items,
    string? Message = null,
    string? ErrorMessage = null);
