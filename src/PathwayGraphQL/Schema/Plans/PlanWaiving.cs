using GraphQL;
using LtiPathways.PathwayGraphQL.Outcomes;
using LtiPathways.PathwayGraphQL.Pathways.Planning;
using LtiPathways.PathwayGraphQL.Schema.Execution;
using LtiPathways.PathwayGraphQL.Schema.Ids;
using LtiPathways.PathwayGraphQL.Schema.Nodes;
using LtiPathways.PathwayGraphQL.Schema.Plans.Inputs;
using Microsoft.Extensions.DependencyInjection;

namespace LtiPathways.PathwayGraphQL.Schema.Plans;

/// <summary>
/// A waiver through the core's <see cref="PlanReviews"/>, the one change to a plan a coordinator makes and so the one a
/// district system's read-write token may make: the person's rules decide for people, the token's institution for tokens.
/// </summary>
public static class PlanWaiving
{
    public static async Task<PlanChangePayload?> WaiveAsync(IResolveFieldContext context, WaiveRequirementInput input)
    {
        var caller = ToolUserContext.CallerOf(context);
        var planId = context.RequestServices!.GetRequiredService<GlobalIds>().Decode(GlobalIdKind.Plan, input.PlanId) ?? throw NodeNotFound.Error(input.PlanId);
        var reviews = context.RequestServices!.GetRequiredService<PlanReviews>();
        var waived = caller.Person is { } person
            ? await reviews.WaiveAsync(person, planId, input.ExpectedVersion, input.RequirementKey, input.Reason, context.CancellationToken)
            : await reviews.WaiveAsync(caller.Token!, planId, input.ExpectedVersion, input.RequirementKey, input.Reason, context.CancellationToken);
        if (!waived.Succeeded)
        {
            throw waived.Refusal.Code == RefusalCode.NotFound
                ? NodeNotFound.Error(input.PlanId)
                : PlanChangeErrors.Refused(waived.Refusal);
        }

        return waived.Value switch
        {
            PlanSaveResult.Conflict conflict => throw PlanChangeErrors.Conflict(conflict),
            PlanSaveResult.Saved saved => new PlanChangePayload(
                await PlanOpening.OpenAsync(context, planId, input.PlanId), saved.Plan.Document.Waivers.LastOrDefault()?.Id, null, input.ClientMutationId),
            _ => throw new InvalidOperationException("A save answers Saved or Conflict."),
        };
    }
}
