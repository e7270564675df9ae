using GraphQL.Types;
using LtiPathways.PathwayGraphQL.Partnerships;

namespace LtiPathways.PathwayGraphQL.Schema.Partnerships;

public sealed class ProviderEvaluationType : ObjectGraphType<EvaluationRow>
{
    public ProviderEvaluationType()
    {
        Name = "ProviderEvaluation";
        Description = "The provider scored with the CRS provider evaluation rubric.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The evaluation's id within its provider.").Resolve(context => context.Source.Id);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("evaluatedAt").Resolve(context => Utc.Of(context.Source.EvaluatedAt));
        Field(e => e.EvaluatedBy).Description("The coordinator's name.");
        Field(e => e.Total);
        Field(e => e.Maximum);
        Field(e => e.Percentage);
        Field(e => e.Notes);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EvaluationChoiceType>>>>("choices").Description("The level chosen per criterion, in the rubric's order.")
            .Resolve(context => context.Source.Choices.Select(c => new EvaluationChoice(c.Criterion.Id, c.Criterion.Title, c.Level)).ToList());
    }
}
