using GraphQL.Types;
using LtiPathways.PathwayGraphQL.Pathways.Templates;

namespace LtiPathways.PathwayGraphQL.Schema.Dashboards;

public sealed class ProgrammeType : EnumerationGraphType<Programme>
{
    public ProgrammeType() => Name = "Programme";
}
