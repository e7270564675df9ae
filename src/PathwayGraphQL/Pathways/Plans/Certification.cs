namespace LtiPathways.PathwayGraphQL.Pathways.Plans;

/// <summary>An industry certification: who issued it, when it was earned and when it stops counting.</summary>
public sealed record Certification(Guid Id, string Name, string Issuer, DateOnly EarnedOn, DateOnly? ExpiresOn) : IPlanItem;
