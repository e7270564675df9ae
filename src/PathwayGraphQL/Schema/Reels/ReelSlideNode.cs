using LtiPathways.PathwayGraphQL.Reels;

namespace LtiPathways.PathwayGraphQL.Schema.Reels;

public sealed record ReelSlideNode(ShownSlide Slide, Guid? EvidenceId);
