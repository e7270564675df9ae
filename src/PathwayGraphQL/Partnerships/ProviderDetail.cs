using LtiPathways.PathwayGraphQL.Data.Partnerships;

namespace LtiPathways.PathwayGraphQL.Partnerships;

/// <summary>Everything a coordinator sees of one partnership, oldest records last where a list grows over time.</summary>
public sealed record ProviderDetail(
    PartnershipProvider Provider,
    string? LiaisonName,
    IReadOnlyList<EvaluationRow> Evaluations,
    IReadOnlyList<PartnershipAgreement> Agreements,
    IReadOnlyList<PersonChoice> Pilot,
    IReadOnlyList<ScorecardYear> Scorecards,
    IReadOnlyList<PartnershipMeeting> Meetings);
