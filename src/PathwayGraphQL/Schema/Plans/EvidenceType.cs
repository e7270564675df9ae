using GraphQL.Types;
using LtiPathways.PathwayGraphQL.Pathways.Plans;

namespace LtiPathways.PathwayGraphQL.Schema.Plans;

public sealed class EvidenceType : ObjectGraphType<Evidence>
{
    public EvidenceType()
    {
        Name = "Evidence";
        Description = "A link to the student's own work (a submission or a released rubric assessment), tagged with the requirements it counts toward.";
        Field(e => e.Title);
        Field<NonNullGraphType<EvidenceSourceType>>("source").Resolve(context => context.Source.Source);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("requirementKeys").Resolve(context => context.Source.RequirementKeys);
    }
}
