using GraphQL.Types;
using LtiPathways.PathwayGraphQL.Pathways.Rules;

namespace LtiPathways.PathwayGraphQL.Schema.Plans;

public sealed class RequirementEvaluationType : ObjectGraphType<RequirementResult>
{
    public RequirementEvaluationType()
    {
        Name = "RequirementEvaluation";
        Description = "One requirement of the plan's programme, evaluated for today.";
        Field(r => r.Key).Description("The requirement's key in the programme's template.");
        Field(r => r.Name);
        Field<NonNullGraphType<RequirementStatusType>>("status").Resolve(context => context.Source.Status);
        Field(r => r.Sentence).Description("Where it stands, in one sentence the student understands.");
    }
}
