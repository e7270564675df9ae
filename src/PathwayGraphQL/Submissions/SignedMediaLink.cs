namespace LtiPathways.PathwayGraphQL.Submissions;

/// <summary>An absolute link to one file that works without a session until it expires.</summary>
public sealed record SignedMediaLink(string Url, DateTimeOffset ExpiresAt);
