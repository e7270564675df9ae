namespace LtiPathways.PathwayGraphQL.Pathways.Planning;

/// <summary>A comment on a plan, with its author's name and the version it was written about.</summary>
public sealed record PlanNote(Guid Id, int VersionNumber, Guid AuthorUserId, string AuthorName, string Text, DateTime WrittenAt);
