using GraphQL.Types;
using LtiPathways.PathwayGraphQL.Pathways.Rules;

namespace LtiPathways.PathwayGraphQL.Schema.Modules;

public sealed class ModuleProgressType : ObjectGraphType<ModuleStanding>
{
    public ModuleProgressType()
    {
        Name = "ModuleProgress";
        Description = "Where the student stands in one module, as their plan counts it.";
        Field(s => s.Key).Description("The module's key.");
        Field(s => s.Title);
        Field(s => s.Done).Description("Steps done.");
        Field(s => s.Total).Description("Steps in the module.");
        Field(s => s.NextStep, nullable: true).Description("The title of the next step open to the student.");
        Field(s => s.WaitingForMark).Description("Whether a practical task waits for its mark.");
        Field<DateOnlyGraphType>("completedOn").Resolve(context => context.Source.CompletedOn);
    }
}
