using GraphQL.Types;
using LtiPathways.PathwayGraphQL.Schema.Rubrics;

namespace LtiPathways.PathwayGraphQL.Schema.Grading;

public sealed class SaveRubricVersionPayloadType : ObjectGraphType<RubricPayload>
{
    public SaveRubricVersionPayloadType()
    {
        Name = "SaveRubricVersionPayload";
        Field<NonNullGraphType<RubricType>>("rubric").Resolve(context => context.Source.Rubric);
        Field<NonNullGraphType<RubricVersionType>>("version").Description("The version saved.").Resolve(context => context.Source.Version);
        Field<NonNullGraphType<BooleanGraphType>>("newVersion")
            .Description("True when work was already marked on the current version, so the save became a new version; false when it was changed in place.")
            .Resolve(context => context.Source.NewVersion);
    }
}
