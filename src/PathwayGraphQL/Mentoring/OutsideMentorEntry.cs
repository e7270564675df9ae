namespace LtiPathways.PathwayGraphQL.Mentoring;

/// <summary>An outside mentor as an advisor enters them, and how many days their link works.</summary>
public sealed record OutsideMentorEntry(string Name, string Email, string Organisation, int ValidDays);
