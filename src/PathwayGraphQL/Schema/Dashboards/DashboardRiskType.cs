using GraphQL.Types;
using LtiPathways.PathwayGraphQL.Dashboards;

namespace LtiPathways.PathwayGraphQL.Schema.Dashboards;

public sealed class DashboardRiskType : EnumerationGraphType<DashboardRisk>
{
    public DashboardRiskType() => Name = "DashboardRisk";
}
