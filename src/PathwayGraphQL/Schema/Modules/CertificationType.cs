using GraphQL.Types;
using LtiPathways.PathwayGraphQL.Pathways.Plans;

namespace LtiPathways.PathwayGraphQL.Schema.Modules;

public sealed class CertificationType : ObjectGraphType<Certification>
{
    public CertificationType()
    {
        Name = "Certification";
        Description = "A certification the plan records: who issued it, when, and until when it counts.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The certification's id within its plan.").Resolve(context => context.Source.Id);
        Field(c => c.Name);
        Field(c => c.Issuer);
        Field<NonNullGraphType<DateOnlyGraphType>>("earnedOn").Resolve(context => context.Source.EarnedOn);
        Field<DateOnlyGraphType>("expiresOn").Description("Null when it does not expire.").Resolve(context => context.Source.ExpiresOn);
    }
}
