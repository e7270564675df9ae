using GraphQL;
using LtiPathways.PathwayGraphQL.Access;
using LtiPathways.PathwayGraphQL.Outcomes;
using LtiPathways.PathwayGraphQL.Pathways.Planning;
using LtiPathways.PathwayGraphQL.Pathways.Plans;
using LtiPathways.PathwayGraphQL.Pathways.Validation;
using LtiPathways.PathwayGraphQL.Schema.Execution;
using LtiPathways.PathwayGraphQL.Schema.Ids;
using LtiPathways.PathwayGraphQL.Schema.Nodes;
using LtiPathways.PathwayGraphQL.Schema.Plans.Inputs;
using Microsoft.Extensions.DependencyInjection;

namespace LtiPathways.PathwayGraphQL.Schema.Plans;

/// <summary>
/// A plan change the way the planner's pages make it (<c>PlanSaving</c>): open the plan through the core, apply the change
/// to its current document, and save that as the next version with <see cref="PlanCommands.SaveAsync"/>, which decides who
/// may edit and refuses a stale expectedVersion without storing anything. Only the answer's shape is the API's own.
/// </summary>
public static class PlanEditing
{
    /// <param name="item">For a change to an existing item: its input field and the id sent; null for a new item.</param>
    /// <param name="change">The change, given today; null when the id sent is not an id at all.</param>
    public static async Task<PlanChangePayload?> SaveAsync(
        IResolveFieldContext context, PlanChangeInput input, (string Field, string Id)? item, Func<DateOnly, PlanItemChange?> change)
    {
        var (person, planId, view) = await OpenAsync(context, input);
        if (change(Today(context)) is not { } edit || edit.Apply(view.Plan.Document) is not { } document)
        {
            // An id this plan does not have. The core says first whether this person may edit at all, or whether the plan
            // moved on; given the document unchanged, it stores nothing either way.
            if (view.Capacity != PlanCapacity.Owner || input.ExpectedVersion != view.Plan.VersionNumber)
            {
                await SaveAsync(context, person, planId, input, view.Plan.Document, view, null);
            }

            throw PlanChangeErrors.NoSuchItem("input." + item?.Field, item?.Id ?? "");
        }

        return await SaveAsync(context, person, planId, input, document, view, edit);
    }

    public static async Task<PlanChangePayload?> SignAsync(IResolveFieldContext context, SignOffPlanInput input)
    {
        var (person, planId, _) = await OpenAsync(context, input);
        var signed = await context.RequestServices!.GetRequiredService<PlanReviews>()
            .SignOffAsync(person, planId, input.ExpectedVersion, input.Role, input.TypedName, context.CancellationToken);
        if (!signed.Succeeded)
        {
            throw PlanChangeErrors.Refused(signed.Refusal, signed.Refusal.Code == RefusalCode.Invalid ? "input.typedName" : null);
        }

        return new PlanChangePayload(await ReopenAsync(context, person, planId), null, signed.Value, input.ClientMutationId);
    }

    private static async Task<PlanChangePayload?> SaveAsync(
        IResolveFieldContext context, Viewer person, Guid planId, PlanChangeInput input, PlanDocument document, PlanView view, PlanItemChange? edit)
    {
        var saved = await context.RequestServices!.GetRequiredService<PlanCommands>()
            .SaveAsync(person, planId, input.ExpectedVersion, document, context.CancellationToken);
        if (!saved.Succeeded)
        {
            // The core names the first problem; the validator it asked gives each one its field, as the pages place them.
            if (saved.Refusal.Code == RefusalCode.Invalid && PlanValidator.Check(document, Today(context), view.Template) is { Count: > 0 } problems)
            {
                context.Errors.AddRange(PlanChangeErrors.Invalid(problems, edit?.PathIn(document)));
                return null;
            }

            throw PlanChangeErrors.Refused(saved.Refusal);
        }

        return saved.Value switch
        {
            PlanSaveResult.Conflict conflict => throw PlanChangeErrors.Conflict(conflict),
            _ => new PlanChangePayload(await ReopenAsync(context, person, planId), edit?.ItemId, null, input.ClientMutationId),
        };
    }

    private static async Task<(Viewer Person, Guid PlanId, PlanView View)> OpenAsync(IResolveFieldContext context, PlanChangeInput input)
    {
        if (ToolUserContext.CallerOf(context).Person is not { } person)
        {
            throw PlanChangeErrors.ApiTokensDoNotEditPlans;
        }

        var ids = context.RequestServices!.GetRequiredService<GlobalIds>();
        var opened = ids.Decode(GlobalIdKind.Plan, input.PlanId) is { } planId
            ? await context.RequestServices!.GetRequiredService<PlanQueries>().OpenAsync(person, planId, context.CancellationToken)
            : null;
        return opened is { Succeeded: true } ? (person, opened.Value.Plan.PlanId, opened.Value) : throw NodeNotFound.Error(input.PlanId);
    }

    private static async Task<EvaluatedPlan> ReopenAsync(IResolveFieldContext context, Viewer person, Guid planId)
    {
        var opened = await context.RequestServices!.GetRequiredService<PlanQueries>().OpenAsync(person, planId, context.CancellationToken);
        return PlanOpening.Evaluated(opened.Value ?? throw new InvalidOperationException("A plan just saved no longer opens for its writer."));
    }

    private static DateOnly Today(IResolveFieldContext context) =>
        DateOnly.FromDateTime(context.RequestServices!.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);
}
