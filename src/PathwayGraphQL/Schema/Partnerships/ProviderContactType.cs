using GraphQL.Types;
using LtiPathways.PathwayGraphQL.Data.Partnerships;

namespace LtiPathways.PathwayGraphQL.Schema.Partnerships;

public sealed class ProviderContactType : ObjectGraphType<ProviderContact>
{
    public ProviderContactType()
    {
        Name = "ProviderContact";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The contact's id within its provider.").Resolve(context => context.Source.Id);
        Field(c => c.Name);
        Field(c => c.Role);
        Field(c => c.Email, nullable: true);
        Field(c => c.Phone, nullable: true);
    }
}
