namespace LtiPathways.PathwayGraphQL.Data.Partnerships;

/// <summary>What sort of organisation offers the career-related study.</summary>
public enum ProviderKind
{
    AccreditedInternational,
    UniversityOrCollege,
    LocalIndustryBody,
    GovernmentOrNgo,
    OnlinePlatform,
}
