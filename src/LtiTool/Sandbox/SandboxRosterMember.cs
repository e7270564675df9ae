namespace LtiPathways.LtiTool.Sandbox;

/// <summary>A sandbox course member as NRPS lists them, with their status.</summary>
public record SandboxRosterMember(SandboxPerson Person, string Status);
