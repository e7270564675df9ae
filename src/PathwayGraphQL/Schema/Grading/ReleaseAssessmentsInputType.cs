using GraphQL.Types;

namespace LtiPathways.PathwayGraphQL.Schema.Grading;

public sealed class ReleaseAssessmentsInputType : InputObjectGraphType<ReleaseAssessmentsInput>
{
    public ReleaseAssessmentsInputType()
    {
        Name = "ReleaseAssessmentsInput";
        Field<NonNullGraphType<IdGraphType>>("assignmentId");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("studentIds")
            .Description("Whose marks to release; leave it out to release every complete mark not yet released, as the page's Release all does.");
    }
}
