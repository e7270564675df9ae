using GraphQL.Types;
using LtiPathways.PathwayGraphQL.Pathways.Plans;

namespace LtiPathways.PathwayGraphQL.Schema.Plans;

public sealed class WaiverType : ObjectGraphType<Waiver>
{
    public WaiverType()
    {
        Name = "Waiver";
        Description = "A coordinator's (or the district system's) decision that one requirement does not apply to this student.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The waiver's id within its plan.").Resolve(context => context.Source.Id);
        Field(w => w.RequirementKey);
        Field(w => w.Reason);
        Field(w => w.ByName).Description("Who waived it: a coordinator's name, or an API token's name followed by \"(API token)\".");
        Field<NonNullGraphType<BooleanGraphType>>("byApiToken").Description("True when the district system waived it through an API token.")
            .Resolve(context => context.Source.ByPersonId is null);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("waivedAt").Resolve(context => context.Source.WaivedAt);
    }
}
