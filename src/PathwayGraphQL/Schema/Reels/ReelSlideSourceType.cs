using GraphQL.Types;
using LtiPathways.PathwayGraphQL.Data.Reels;

namespace LtiPathways.PathwayGraphQL.Schema.Reels;

public sealed class ReelSlideSourceType : EnumerationGraphType<ReelSlideSource>
{
    public ReelSlideSourceType() => Name = "ReelSlideSource";
}
