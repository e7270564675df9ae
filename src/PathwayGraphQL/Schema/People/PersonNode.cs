namespace LtiPathways.PathwayGraphQL.Schema.People;

/// <summary>A person as the API shows them: their name as the LMS gave it.</summary>
public sealed record PersonNode(Guid Id, string Name, string? GivenName, string? FamilyName);
