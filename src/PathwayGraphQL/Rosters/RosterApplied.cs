namespace LtiPathways.PathwayGraphQL.Rosters;

/// <summary>What applying a roster did: members listed as active, and members now marked inactive.</summary>
public sealed record RosterApplied(int Active, int Inactive);
