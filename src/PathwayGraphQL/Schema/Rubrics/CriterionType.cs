using GraphQL.Types;
using LtiPathways.Rubrics;

namespace LtiPathways.PathwayGraphQL.Schema.Rubrics;

public sealed class CriterionType : ObjectGraphType<Criterion>
{
    public CriterionType()
    {
        Name = "Criterion";
        Description = "One row of a rubric.";
        Field(c => c.Id).Description("The criterion's id within the rubric, as marks name it.");
        Field(c => c.Title);
        Field(c => c.Description);
        Field(c => c.MaximumPoints).Description("The most it adds to the total, weight included.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RubricLevelType>>>>("levels")
            .Description("Its scale, lowest first as the rubric lists it: levels, markbands or single-point outcomes; empty for free points.")
            .Resolve(context => RubricLevel.Of(context.Source));
    }
}
