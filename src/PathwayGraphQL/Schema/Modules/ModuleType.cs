using GraphQL.Types;
using GraphQL.Types.Relay;
using LtiPathways.PathwayGraphQL.Schema.Ids;
using LtiPathways.PathwayGraphQL.Schema.Limits;
using LtiPathways.PathwayGraphQL.Schema.Nodes;
using LtiPathways.PathwayGraphQL.Schema.Plans;
using Microsoft.Extensions.Options;

namespace LtiPathways.PathwayGraphQL.Schema.Modules;

public sealed class ModuleType : ObjectGraphType<ModuleNode>
{
    public ModuleType(GlobalIds ids, IOptions<GraphQLOptions> limits)
    {
        Name = "Module";
        Description = "A self-paced CTE module of the institution: steps taken in order, each a reading, a quiz or a practical task.";
        Interface<NodeInterface>();
        IsTypeOf = source => source is ModuleNode;
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(context => ids.Encode(GlobalIdKind.Module, context.Source.Id));
        Field<NonNullGraphType<StringGraphType>>("key").Description("What a plan's module requirement names.").Resolve(context => context.Source.Module.Key);
        Field<NonNullGraphType<StringGraphType>>("title").Resolve(context => context.Source.Module.Title);
        Field<NonNullGraphType<StringGraphType>>("summary").Resolve(context => context.Source.Module.Summary);
        Field<NonNullGraphType<ConnectionType<ModuleStepType>>>("steps").Description("In the order they open.").Paged()
            .Resolve(context => PlanLists.Page(context, limits.Value, context.Source.Module.Steps));
    }
}
