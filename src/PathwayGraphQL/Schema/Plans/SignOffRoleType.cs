using GraphQL.Types;
using LtiPathways.PathwayGraphQL.Pathways.History;

namespace LtiPathways.PathwayGraphQL.Schema.Plans;

public sealed class SignOffRoleType : EnumerationGraphType<SignOffRole>
{
    public SignOffRoleType() => Name = "SignOffRole";
}
