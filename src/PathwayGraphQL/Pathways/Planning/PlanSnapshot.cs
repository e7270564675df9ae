using LtiPathways.PathwayGraphQL.Pathways.Plans;

namespace LtiPathways.PathwayGraphQL.Pathways.Planning;

/// <summary>One version of one plan as the core hands it out; <see cref="VersionNumber"/> is the base for the next save.</summary>
public sealed record PlanSnapshot(
    Guid PlanId, Guid StudentUserId, string TemplateKey, int TemplateVersion, int VersionNumber, PlanDocument Document,
    Guid? SavedByUserId, DateTime SavedAt);
