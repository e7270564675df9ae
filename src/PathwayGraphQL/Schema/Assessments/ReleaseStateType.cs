using GraphQL.Types;

namespace LtiPathways.PathwayGraphQL.Schema.Assessments;

public sealed class ReleaseStateType : EnumerationGraphType<ReleaseState>
{
    public ReleaseStateType()
    {
        Name = "ReleaseState";
        Description = "Whether the marks reached the student and the LMS; CHANGED_SINCE_RELEASE waits for the next release.";
    }
}
