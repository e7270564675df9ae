using GraphQL.Types;
using LtiPathways.PathwayGraphQL.Grading;

namespace LtiPathways.PathwayGraphQL.Schema.Grading;

public sealed class MissingColumnReasonType : EnumerationGraphType<MissingColumnReason>
{
    public MissingColumnReasonType()
    {
        Name = "MissingColumnReason";
        Description = "Why released grades stay in LtiPathways: the LMS offered no gradebook column, did not say where it made one, or refused.";
    }
}
