using GraphQL.Types;
using LtiPathways.PathwayGraphQL.Partnerships;
using LtiPathways.PathwayGraphQL.Schema.Ids;

namespace LtiPathways.PathwayGraphQL.Schema.Partnerships;

public sealed class AgreementReminderType : ObjectGraphType<AgreementReminder>
{
    public AgreementReminderType(GlobalIds ids)
    {
        Name = "AgreementReminder";
        Description = "An agreement expiring within 90, 30 or 7 days, as the coordinator's dashboard reminds.";
        Field<NonNullGraphType<IdGraphType>>("providerId").Resolve(context => ids.Encode(GlobalIdKind.Provider, context.Source.ProviderId));
        Field(r => r.Organisation);
        Field<NonNullGraphType<DateOnlyGraphType>>("expiresOn").Resolve(context => context.Source.ExpiresOn);
        Field(r => r.DaysLeft);
        Field(r => r.Window).Description("The reminder window reached: 90, 30 or 7 days.");
    }
}
