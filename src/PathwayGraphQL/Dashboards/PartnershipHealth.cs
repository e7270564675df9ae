using LtiPathways.PathwayGraphQL.Data.Partnerships;

namespace LtiPathways.PathwayGraphQL.Dashboards;

/// <summary>
/// One partnership at a glance: where it stands, its latest evaluation, its agreement's end, its latest annual review's
/// completion and how that moved since the year before, and how many of the institution's plans name it.
/// </summary>
public sealed record PartnershipHealth(
    Guid ProviderId, string Organisation, ProviderStatus Status, decimal? EvaluationPercent, DateOnly? AgreementExpiresOn,
    int? ReviewYear, decimal? CompletionPercent, decimal? CompletionChange, int Students);
