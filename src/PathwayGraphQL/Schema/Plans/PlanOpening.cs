using GraphQL;
using LtiPathways.PathwayGraphQL.Pathways.Planning;
using LtiPathways.PathwayGraphQL.Schema.Execution;
using LtiPathways.PathwayGraphQL.Schema.Nodes;
using Microsoft.Extensions.DependencyInjection;

namespace LtiPathways.PathwayGraphQL.Schema.Plans;

/// <summary>
/// One plan opens through the core's <see cref="PlanQueries"/>, so the API sees exactly the plans the pages show: the
/// student's own, their advisors', mentors' and coordinators'. A refusal is NOT_FOUND, like any id the caller may not see.
/// Lists and API tokens read through <see cref="InstitutionPlans"/> instead.
/// </summary>
public static class PlanOpening
{
    public static async Task<EvaluatedPlan> OpenAsync(IResolveFieldContext context, Guid planId, string globalId)
    {
        var caller = ToolUserContext.CallerOf(context);
        if (caller.Person is not { } person)
        {
            return await context.RequestServices!.GetRequiredService<NodeLoaders>().Plan(caller, planId).GetResultAsync(context.CancellationToken)
                ?? throw NodeNotFound.Error(globalId);
        }

        var opened = await context.RequestServices!.GetRequiredService<PlanQueries>().OpenAsync(person, planId, context.CancellationToken);
        return opened.Succeeded ? Evaluated(opened.Value) : throw NodeNotFound.Error(globalId);
    }

    /// <summary>The viewer's own plan, or null when they have not started one (or are an API token).</summary>
    public static async Task<EvaluatedPlan?> OwnAsync(IResolveFieldContext context, GraphQLCaller caller)
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
        return opened.Succeeded ? Evaluated(opened.Value) : null;
    }

    public static EvaluatedPlan Evaluated(PlanView view) => new(view.Plan, view.StudentName, view.Template, view.Evaluation);
}
