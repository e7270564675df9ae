using GraphQL.Types;
using LtiPathways.PathwayGraphQL.Mentoring;

namespace LtiPathways.PathwayGraphQL.Schema.Mentoring;

public sealed class MentorNoteType : ObjectGraphType<MentorNoteRow>
{
    public MentorNoteType()
    {
        Name = "MentorNote";
        Description = "A mentor's meeting or progress note about the student.";
        Field<NonNullGraphType<DateOnlyGraphType>>("on").Resolve(context => context.Source.On);
        Field<NonNullGraphType<MentorNoteKindType>>("kind").Resolve(context => context.Source.Kind);
        Field(n => n.Text);
        Field(n => n.Mentor).Description("The mentor's name.");
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("writtenAt").Resolve(context => Utc.Of(context.Source.WrittenAt));
    }
}
