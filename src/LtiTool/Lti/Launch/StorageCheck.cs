using LtiPathways.LtiTool.Lti.Login;

namespace LtiPathways.LtiTool.Lti.Launch;

/// <summary>The page must ask the platform's storage for the secret and post the launch again.</summary>
public record StorageCheck(string IdToken, string State, PlatformStorageData Storage);
