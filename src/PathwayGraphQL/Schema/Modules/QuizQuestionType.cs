using GraphQL.Types;
using LtiPathways.PathwayGraphQL.Modules;

namespace LtiPathways.PathwayGraphQL.Schema.Modules;

public sealed class QuizQuestionType : ObjectGraphType<QuizQuestion>
{
    public QuizQuestionType()
    {
        Name = "QuizQuestion";
        Field(q => q.Id).Description("The question's id within its quiz.");
        Field(q => q.Prompt);
        Field(q => q.MultipleAnswers).Description("Whether every right option (and no wrong one) must be chosen.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<QuizOptionType>>>>("options").Resolve(context => context.Source.Options);
        Field<StringGraphType>("explanation").Description("Why the right answer is right; null unless you keep the modules (a student reads it after answering).")
            .ResolveAsync(async context => await QuizAnswers.ShownAsync(context) ? context.Source.Explanation : null);
    }
}
