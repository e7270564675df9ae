namespace LtiPathways.LtiTool.Tests.Infrastructure;

/// <summary>A login the tool started: the redirect to the platform and the state and nonce in it.</summary>
public record Login(
    Uri AuthorizationRequest, IReadOnlyDictionary<string, string> Query, string State, string Nonce,
    string Person, string MessageType, string DeploymentId);
