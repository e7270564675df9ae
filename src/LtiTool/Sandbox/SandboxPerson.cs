namespace LtiPathways.LtiTool.Sandbox;

/// <summary>A demo member of the sandbox course; a mentor names the students they follow by their <c>sub</c>.</summary>
public record SandboxPerson(
    string Key, string Subject, string Name, string GivenName, string FamilyName, string Email, IReadOnlyList<string> Roles,
    IReadOnlyList<string>? Mentees = null);
