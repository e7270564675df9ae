using GraphQL.Types;
using LtiPathways.Rubrics;

namespace LtiPathways.PathwayGraphQL.Schema.Rubrics;

public sealed class RubricVersionType : ObjectGraphType<RubricVersion>
{
    public RubricVersionType()
    {
        Name = "RubricVersion";
        Description = "One immutable version of a rubric: its criteria, their levels and points.";
        Field(v => v.Number);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("createdAt").Resolve(context => context.Source.CreatedAt);
        Field<NonNullGraphType<RubricKindType>>("kind").Resolve(context => context.Source.Kind);
        Field(v => v.MaximumPoints).Description("The most the criteria add up to, weights included.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CriterionType>>>>("criteria").Resolve(context => context.Source.Criteria);
    }
}
