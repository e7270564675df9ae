namespace LtiPathways.LtiTool.Sandbox;

/// <summary>One request the tool made to a sandbox service, as the platform saw it.</summary>
public record SandboxServiceCall(string Method, string PathAndQuery, string? ContentType, int StatusCode);
