namespace LtiPathways.LtiTool.Sandbox;

/// <summary>What the sandbox puts in lti_message_hint (JSON, as Moodle does) and reads back at authorization.</summary>
/// <param name="PlacementId">The deep-linked placement to launch, when the launch is of one; else the course's default link.</param>
/// <param name="Locale">The language the course page launches in (launch_presentation.locale); English when none.</param>
/// <param name="TimeZone">The person's time zone, sent as Canvas sends $Person.address.timezone in a custom parameter.</param>
public record SandboxMessageHint(string MessageType, string DeploymentId, string? PlacementId = null, string? Locale = null, string? TimeZone = null);
