using LtiPathways.PathwayGraphQL.Reels;

namespace LtiPathways.PathwayGraphQL.Schema.Reels;

/// <summary>A reel as it is presented, each slide with the id of the evidence it shows (only for pieces still the student's to show).</summary>
public sealed record ReelNode(ReelShow Show, IReadOnlyList<ReelSlideNode> Slides);
