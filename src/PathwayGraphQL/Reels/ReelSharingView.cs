using LtiPathways.PathwayGraphQL.Mentoring;
using LtiPathways.Rubrics;

namespace LtiPathways.PathwayGraphQL.Reels;

/// <summary>The links a student made to their reel, newest first, and the latest uses of any of them.</summary>
public sealed record ReelSharingView(ValueList<MentorLinkRow> Links, ValueList<ReelLinkUseRow> Uses);
