using LtiPathways.PathwayGraphQL.Access;

namespace LtiPathways.PathwayGraphQL.Mentoring;

/// <summary>
/// Whoever opened a live signed link: the outside mentor as a <see cref="Viewer"/> of their institution (no course, the
/// mentor role), so every rule that scopes by viewer scopes them too.
/// </summary>
public sealed record LinkHolder(Guid LinkId, Viewer Viewer, string Name, DateTime ExpiresAt);
