using GraphQL.Types;

namespace LtiPathways.PathwayGraphQL.Schema.Mentoring;

public sealed class MentorKindType : EnumerationGraphType<MentorKind>
{
    public MentorKindType() => Name = "MentorKind";
}
