namespace LtiPathways.PathwayGraphQL.Pathways.Plans;

/// <summary>
/// A coordinator's decision that one requirement does not apply to this student, and why; <see cref="ByPersonId"/> is null
/// when the institution's district system decided it through a read-write API token, named in <see cref="ByName"/>.
/// </summary>
public sealed record Waiver(Guid Id, string RequirementKey, string Reason, Guid? ByPersonId, string ByName, DateTimeOffset WaivedAt) : IPlanItem;
