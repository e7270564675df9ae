using GraphQL.Types;

namespace LtiPathways.PathwayGraphQL.Schema.Mentoring;

public sealed class MentorSignOffKindType : EnumerationGraphType<MentorSignOffKind>
{
    public MentorSignOffKindType() => Name = "MentorSignOffKind";
}
