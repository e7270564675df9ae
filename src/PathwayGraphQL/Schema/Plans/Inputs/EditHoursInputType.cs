using GraphQL.Types;

namespace LtiPathways.PathwayGraphQL.Schema.Plans.Inputs;

public sealed class EditHoursInputType : PlanChangeInputType<EditHoursInput>
{
    public EditHoursInputType()
        : base("EditHoursInput", "A change to one hour log; fields left out stay as they are.")
    {
        Field<NonNullGraphType<IdGraphType>>("hoursId");
        Field<DateOnlyGraphType>("date");
        Field<DecimalGraphType>("hours");
        Field<HourKindType>("kind");
        Field<StringGraphType>("activity");
        Field<StringGraphType>("supervisor");
    }
}
