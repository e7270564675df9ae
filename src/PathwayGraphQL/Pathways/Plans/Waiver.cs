namespace LtiPathways.PathwayGraphQL.Pathways.Plans;

/// <summary>A coordinator's decision that one requirement does not apply to this student, and why.</summary>
public sealed record Waiver(Guid Id, string RequirementKey, string Reason, Guid ByPersonId, string ByName, DateTimeOffset WaivedAt) : IPlanItem;
