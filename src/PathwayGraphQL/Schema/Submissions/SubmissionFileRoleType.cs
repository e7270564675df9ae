using GraphQL.Types;
using LtiPathways.PathwayGraphQL.Data.Submissions;

namespace LtiPathways.PathwayGraphQL.Schema.Submissions;

public sealed class SubmissionFileRoleType : EnumerationGraphType<SubmissionFileRole>
{
    public SubmissionFileRoleType() => Name = "SubmissionFileRole";
}
