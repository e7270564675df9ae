namespace LtiPathways.LtiTool.Tests.Infrastructure;

/// <summary>
/// A login the tool started: the request to the platform and the state and nonce in it. When the platform offered
/// postMessage storage, <see cref="BrowserSecret"/> is the value the login page asked the platform to keep.
/// </summary>
public record Login(
    Uri AuthorizationRequest, IReadOnlyDictionary<string, string> Query, string State, string Nonce,
    string Person, string MessageType, string DeploymentId, string? BrowserSecret = null);
