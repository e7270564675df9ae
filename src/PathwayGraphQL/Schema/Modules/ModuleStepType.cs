using GraphQL.Types;
using LtiPathways.PathwayGraphQL.Modules;

namespace LtiPathways.PathwayGraphQL.Schema.Modules;

public sealed class ModuleStepType : ObjectGraphType<ModuleStep>
{
    public ModuleStepType()
    {
        Name = "ModuleStep";
        Description = "One step of a module; the fields of the other kinds are null.";
        Field(s => s.Id).Description("The step's id within its module.");
        Field(s => s.Title);
        Field<NonNullGraphType<ModuleStepKindType>>("kind").Resolve(context => context.Source switch
        {
            QuizStep => ModuleStepKind.Quiz,
            PracticalStep => ModuleStepKind.Practical,
            _ => ModuleStepKind.Reading,
        });
        Field<StringGraphType>("markdown").Description("A reading's text, in Markdown.").Resolve(context => (context.Source as ReadingStep)?.Markdown);
        Field<StringGraphType>("instructions").Description("A practical task's instructions.").Resolve(context => (context.Source as PracticalStep)?.Instructions);
        Field<StringGraphType>("rubricKey").Description("The shipped rubric a practical task is marked with.").Resolve(context => (context.Source as PracticalStep)?.RubricKey);
        Field<IntGraphType>("passPercentage").Description("What a quiz or a practical task needs to count as done.").Resolve(context => context.Source switch
        {
            QuizStep quiz => quiz.PassPercentage,
            PracticalStep task => task.PassPercentage,
            _ => null,
        });
        Field<ListGraphType<NonNullGraphType<QuizQuestionType>>>("questions").Description("A quiz's questions.")
            .Resolve(context => (context.Source as QuizStep)?.Questions);
    }
}
