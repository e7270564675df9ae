namespace LtiPathways.LtiTool.Sandbox;

/// <summary>What the sandbox puts in lti_message_hint (JSON, as Moodle does) and reads back at authorization;
/// a placed link's launch names its resource link.</summary>
public record SandboxMessageHint(string MessageType, string DeploymentId, string? ResourceLinkId = null);
