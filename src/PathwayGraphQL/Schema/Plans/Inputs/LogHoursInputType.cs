using GraphQL.Types;

namespace LtiPathways.PathwayGraphQL.Schema.Plans.Inputs;

public sealed class LogHoursInputType : PlanChangeInputType<LogHoursInput>
{
    public LogHoursInputType()
        : base("LogHoursInput", "Time spent on one day in one kind of activity, and who can confirm it.")
    {
        Field<NonNullGraphType<DateOnlyGraphType>>("date");
        Field<NonNullGraphType<DecimalGraphType>>("hours");
        Field<NonNullGraphType<HourKindType>>("kind");
        Field<StringGraphType>("activity");
        Field<StringGraphType>("supervisor").Description("Who can confirm the hours.");
    }
}
