using GraphQL.Types;
using LtiPathways.PathwayGraphQL.Schema.Ids;
using LtiPathways.PathwayGraphQL.Schema.Limits;
using LtiPathways.PathwayGraphQL.Schema.Nodes;
using LtiPathways.PathwayGraphQL.Schema.Partnerships;
using LtiPathways.PathwayGraphQL.Schema.Plans;
using Microsoft.Extensions.Options;

namespace LtiPathways.PathwayGraphQL.Schema.Institutions;

public sealed class InstitutionType : ObjectGraphType<InstitutionNode>
{
    public InstitutionType(GlobalIds ids, IOptions<GraphQLOptions> limits)
    {
        Name = "Institution";
        Description = "A school: one LMS (its issuer) and one deployment of the tool in it.";
        Interface<NodeInterface>();
        IsTypeOf = source => source is InstitutionNode;
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(context => ids.Encode(GlobalIdKind.Institution, context.Source.DeploymentId));
        Field(i => i.Name).Description("The LMS registration's name, or its issuer.");
        Field(i => i.Issuer).Description("The LMS's issuer (iss).");
        Field(i => i.LmsDeploymentId).Description("The deployment id the LMS sends in its launches.");
        InstitutionPlanFields.AddTo(this, limits.Value);
        PartnershipFields.AddTo(this, limits.Value);
        Modules.ModuleFields.AddTo(this, limits.Value);
        Dashboards.DashboardFields.AddTo(this, limits.Value);
    }
}
