namespace LtiPathways.LtiTool.Sandbox;

/// <summary>What the sandbox puts in lti_message_hint (JSON, as Moodle does) and reads back at authorization.</summary>
/// <param name="PlacementId">The deep-linked placement to launch, when the launch is of one; else the course's default link.</param>
public record SandboxMessageHint(string MessageType, string DeploymentId, string? PlacementId = null);
