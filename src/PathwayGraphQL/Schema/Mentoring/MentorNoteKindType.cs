using GraphQL.Types;
using LtiPathways.PathwayGraphQL.Data.Mentoring;

namespace LtiPathways.PathwayGraphQL.Schema.Mentoring;

public sealed class MentorNoteKindType : EnumerationGraphType<MentorNoteKind>
{
    public MentorNoteKindType() => Name = "MentorNoteKind";
}
