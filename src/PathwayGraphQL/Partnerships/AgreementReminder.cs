namespace LtiPathways.PathwayGraphQL.Partnerships;

/// <summary>A current agreement close to expiry: the 90, 30 or 7 day window it has entered, and the days left.</summary>
public sealed record AgreementReminder(Guid ProviderId, string Organisation, Guid AgreementId, DateOnly ExpiresOn, int DaysLeft, int Window);
