namespace LtiPathways.PathwayGraphQL.Reels;

public sealed record ReelLinkUseRow(DateTime At, string What);
