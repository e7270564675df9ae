namespace LtiPathways.LtiTool.Sandbox;

/// <summary>A score the tool posted to a sandbox line item, as received (the raw JSON and its content type).</summary>
public record SandboxScore(string LineItemId, string UserId, string Json, string ContentType, DateTimeOffset ReceivedAt);
