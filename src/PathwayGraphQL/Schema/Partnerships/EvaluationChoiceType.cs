using GraphQL.Types;

namespace LtiPathways.PathwayGraphQL.Schema.Partnerships;

public sealed class EvaluationChoiceType : ObjectGraphType<EvaluationChoice>
{
    public EvaluationChoiceType()
    {
        Name = "EvaluationChoice";
        Field(c => c.CriterionId);
        Field(c => c.Criterion).Description("The criterion's title.");
        Field(c => c.Level).Description("The level's title, empty when the criterion was left unmarked.");
    }
}
