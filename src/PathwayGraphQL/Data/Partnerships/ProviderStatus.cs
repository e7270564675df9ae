namespace LtiPathways.PathwayGraphQL.Data.Partnerships;

/// <summary>Where the partnership with a provider stands, in the order a partnership usually moves through.</summary>
public enum ProviderStatus
{
    Prospective,
    UnderEvaluation,
    Agreed,
    Pilot,
    Active,
    Paused,
    Ended,
}
