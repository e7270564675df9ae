using GraphQL.Types;
using LtiPathways.PathwayGraphQL.Schema.Rubrics;

namespace LtiPathways.PathwayGraphQL.Schema.Grading;

public sealed class RubricPayloadType : ObjectGraphType<RubricPayload>
{
    public RubricPayloadType()
    {
        Name = "RubricPayload";
        Field<NonNullGraphType<RubricType>>("rubric").Resolve(context => context.Source.Rubric);
    }
}
