using GraphQL.Types;
using LtiPathways.PathwayGraphQL.Data.Submissions;

namespace LtiPathways.PathwayGraphQL.Schema.Submissions;

public sealed class SubmissionPartType : EnumerationGraphType<SubmissionType>
{
    public SubmissionPartType() => Name = "SubmissionPart";
}
