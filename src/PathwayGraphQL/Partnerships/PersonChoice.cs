namespace LtiPathways.PathwayGraphQL.Partnerships;

/// <summary>A person of the institution a form may name (a pilot student, the school liaison).</summary>
public sealed record PersonChoice(Guid UserId, string Name);
