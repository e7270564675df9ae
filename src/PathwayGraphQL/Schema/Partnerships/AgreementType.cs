using GraphQL.Types;
using LtiPathways.PathwayGraphQL.Data.Partnerships;

namespace LtiPathways.PathwayGraphQL.Schema.Partnerships;

public sealed class AgreementType : ObjectGraphType<PartnershipAgreement>
{
    public AgreementType()
    {
        Name = "PartnershipAgreement";
        Description = "The agreed terms with the provider, for a period.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The agreement's id within its provider.").Resolve(context => context.Source.Id);
        Field(a => a.Responsibilities);
        Field(a => a.DataSharing);
        Field(a => a.QualityAssurance);
        Field<NonNullGraphType<DateOnlyGraphType>>("startsOn").Resolve(context => context.Source.StartsOn);
        Field<NonNullGraphType<DateOnlyGraphType>>("expiresOn").Resolve(context => context.Source.ExpiresOn);
        Field(a => a.FileName, nullable: true).Description("The signed agreement's file name, if one is attached; the file itself is on the provider's page.");
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("recordedAt").Resolve(context => Utc.Of(context.Source.RecordedAt));
    }
}
