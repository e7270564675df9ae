using GraphQL.Types;

namespace LtiPathways.PathwayGraphQL.Schema.Viewers;

public sealed class ViewerKindType : EnumerationGraphType<ViewerKind>
{
    public ViewerKindType() => Name = "ViewerKind";
}
