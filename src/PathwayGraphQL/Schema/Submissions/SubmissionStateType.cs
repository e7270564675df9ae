using GraphQL.Types;
using LtiPathways.PathwayGraphQL.Data.Submissions;

namespace LtiPathways.PathwayGraphQL.Schema.Submissions;

public sealed class SubmissionStateType : EnumerationGraphType<SubmissionStatus>
{
    public SubmissionStateType()
    {
        Name = "SubmissionState";
        Description = "A draft changes freely; a handed-in attempt is a snapshot; a withdrawn one was taken back by the student.";
    }
}
