using GraphQL;
using LtiPathways.PathwayGraphQL.Pathways.Planning;
using LtiPathways.PathwayGraphQL.Schema.Execution;
using LtiPathways.PathwayGraphQL.Schema.Nodes;
using Microsoft.Extensions.DependencyInjection;

namespace LtiPathways.PathwayGraphQL.Schema.Plans;

/// <summary>
/// Plans open through the core's <see cref="PlanQueries"/>, so the API sees exactly the plans the pages show: the
/// student's own, their advisors', mentors' and coordinators'. A refusal is NOT_FOUND, like any id the caller may not see.
/// </summary>
public static class PlanOpening
{
    public static async Task<PlanView> OpenAsync(IResolveFieldContext context, Guid planId, string globalId)
    {
        var caller = ToolUserContext.CallerOf(context);
        // The core's plan access is a person's; an API token reads plans through the caseload and roster questions.
        if (caller.Person is not { } person)
        {
            throw NodeNotFound.Error(globalId);
        }

        var opened = await context.RequestServices!.GetRequiredService<PlanQueries>().OpenAsync(person, planId, context.CancellationToken);
        return opened.Succeeded ? opened.Value! : throw NodeNotFound.Error(globalId);
    }

    /// <summary>The viewer's own plan, or null when they have not started one (or are an API token).</summary>
    public static async Task<PlanView?> OwnAsync(IResolveFieldContext context, GraphQLCaller caller)
    {
        if (caller.Person is not { } person)
        {
            return null;
        }

        var queries = context.RequestServices!.GetRequiredService<PlanQueries>();
        if (await queries.OwnPlanIdAsync(person, context.CancellationToken) is not { } planId)
        {
            return null;
        }

        var opened = await queries.OpenAsync(person, planId, context.CancellationToken);
        return opened.Value;
    }

    public static async Task<IReadOnlyList<PlanHistoryEntry>> HistoryAsync(IResolveFieldContext context, Guid planId)
    {
        var caller = ToolUserContext.CallerOf(context);
        var history = await context.RequestServices!.GetRequiredService<PlanQueries>().HistoryAsync(caller.Person!, planId, context.CancellationToken);
        return history.Value ?? [];
    }
}
