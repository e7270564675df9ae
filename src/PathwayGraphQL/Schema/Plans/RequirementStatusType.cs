using GraphQL.Types;
using LtiPathways.PathwayGraphQL.Pathways.Rules;

namespace LtiPathways.PathwayGraphQL.Schema.Plans;

public sealed class RequirementStatusType : EnumerationGraphType<RequirementStatus>
{
    public RequirementStatusType()
    {
        Name = "RequirementStatus";
        Description = "Where a requirement stands, worst first.";
    }
}
