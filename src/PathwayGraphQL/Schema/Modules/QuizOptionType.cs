using GraphQL.Types;
using LtiPathways.PathwayGraphQL.Modules;

namespace LtiPathways.PathwayGraphQL.Schema.Modules;

public sealed class QuizOptionType : ObjectGraphType<QuizOption>
{
    public QuizOptionType()
    {
        Name = "QuizOption";
        Field(o => o.Id).Description("The option's id within its question.");
        Field(o => o.Text);
        Field<BooleanGraphType>("correct").Description("Whether the option is right; null unless you keep the modules, so a quiz never gives its answers away.")
            .ResolveAsync(async context => await QuizAnswers.ShownAsync(context) ? context.Source.Correct : null);
    }
}
