using GraphQL.Types;
using LtiPathways.PathwayGraphQL.Pathways.Planning;
using LtiPathways.PathwayGraphQL.Schema.Ids;

namespace LtiPathways.PathwayGraphQL.Schema.Modules;

public sealed class ExpiringCertificationType : ObjectGraphType<ExpiringCertification>
{
    public ExpiringCertificationType(GlobalIds ids)
    {
        Name = "ExpiringCertification";
        Description = "A student's certification close to expiry, with the reminder window it has entered.";
        Field<NonNullGraphType<IdGraphType>>("studentId").Description("The student's Person id.").Resolve(context => ids.Encode(GlobalIdKind.Person, context.Source.StudentUserId));
        Field(c => c.StudentName);
        Field<NonNullGraphType<IdGraphType>>("planId").Resolve(context => ids.Encode(GlobalIdKind.Plan, context.Source.PlanId));
        Field<NonNullGraphType<CertificationType>>("certification").Resolve(context => context.Source.Reminder.Certification);
        Field<NonNullGraphType<IntGraphType>>("daysLeft").Resolve(context => context.Source.Reminder.DaysLeft);
        Field<NonNullGraphType<IntGraphType>>("window").Description("The reminder window reached: 90, 30 or 7 days (or the days left, when asked for more).")
            .Resolve(context => context.Source.Reminder.Window);
        Field<NonNullGraphType<StringGraphType>>("sentence").Resolve(context => context.Source.Reminder.Sentence);
    }
}
