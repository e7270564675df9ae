namespace LtiPathways.LtiTool.Sandbox;

/// <summary>A demo member of the sandbox course.</summary>
public record SandboxPerson(string Key, string Subject, string Name, string GivenName, string FamilyName, string Email, IReadOnlyList<string> Roles);
