using GraphQL.Types;
using LtiPathways.Rubrics;

namespace LtiPathways.PathwayGraphQL.Schema.Assessments;

public sealed class ModerationType : ObjectGraphType<ModerationNode>
{
    public ModerationType()
    {
        Name = "Moderation";
        Description = "Who resolved a double marking how: first marker, second marker, their average, or the moderator's own mark.";
        Field<NonNullGraphType<ModerationChoiceType>>("choice").Resolve(context => context.Source.Choice);
        Field(m => m.FirstTotal);
        Field(m => m.SecondTotal);
        Field(m => m.FinalTotal);
        Field(m => m.Reason, nullable: true).Description("The moderator's reason; for the course's staff only.");
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("decidedAt").Resolve(context => Utc.Of(context.Source.DecidedAt));
    }
}
