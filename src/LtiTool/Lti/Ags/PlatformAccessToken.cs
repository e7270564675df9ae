namespace LtiPathways.LtiTool.Lti.Ags;

/// <summary>An access token from a platform's token endpoint, with the scopes it was asked for and when to stop using it.</summary>
public record PlatformAccessToken(string Value, IReadOnlyList<string> Scopes, DateTimeOffset RenewAt);
