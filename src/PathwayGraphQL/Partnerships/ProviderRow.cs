using LtiPathways.PathwayGraphQL.Data.Partnerships;

namespace LtiPathways.PathwayGraphQL.Partnerships;

/// <summary>A provider in the catalogue list: where the partnership stands, its latest evaluation and current agreement.</summary>
public sealed record ProviderRow(
    Guid Id, string Organisation, ProviderKind Kind, ProviderStatus Status, int Courses, decimal? LatestEvaluationPercent, DateOnly? AgreementExpiresOn);
