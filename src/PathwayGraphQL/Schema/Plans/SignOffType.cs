using GraphQL.Types;
using LtiPathways.PathwayGraphQL.Pathways.History;

namespace LtiPathways.PathwayGraphQL.Schema.Plans;

public sealed class SignOffType : ObjectGraphType<SignOff>
{
    public SignOffType()
    {
        Name = "SignOff";
        Description = "A signature on one version of a plan.";
        Field(s => s.VersionNumber).Description("The version signed.");
        Field<NonNullGraphType<SignOffRoleType>>("role").Resolve(context => context.Source.Role);
        Field(s => s.Name).Description("The signer's name.");
        Field(s => s.SignedAt);
    }
}
