using LtiPathways.LtiTool.Features.Pathways.Editing;
using LtiPathways.LtiTool.Features.Pathways.Plan;
using LtiPathways.LtiTool.Session;
using LtiPathways.LtiTool.Shared;
using LtiPathways.PathwayGraphQL.Outcomes;
using LtiPathways.PathwayGraphQL.Pathways.History;
using LtiPathways.PathwayGraphQL.Pathways.Planning;

namespace LtiPathways.LtiTool.Features.Pathways.Review;

/// <summary>What others do to a plan: sign a version, comment, and (coordinators) waive a requirement with a reason.</summary>
public static class PlanReviewEndpoints
{
    public static RouteGroupBuilder MapPlanReviews(this RouteGroupBuilder planner)
    {
        var plan = planner.MapGroup("/plans/{planId:guid}");
        plan.MapPost("/sign-offs", SignAsync);
        plan.MapPost("/comments", CommentAsync);
        plan.MapPost("/waivers", WaiveAsync);
        return planner;
    }

    private static async Task<IResult> SignAsync(
        ToolSession session, Guid planId, IFormCollection form, PlanReviews reviews, PlanQueries queries, PlanPages pages, CancellationToken cancellationToken)
    {
        var fields = new PlanFormFields(form, "sign-off");
        var role = fields.Choice<SignOffRole>("role", "capacity you sign in");
        var version = fields.Whole("version", "version");
        if (fields.Errors.Count > 0)
        {
            return await RefusedAsync(session, planId, fields, fields.Errors, queries, pages, cancellationToken);
        }
        var signed = await reviews.SignOffAsync(session.Viewer, planId, version, role, fields.Optional("name"), cancellationToken);
        return signed.Succeeded
            ? await pages.RedirectAsync(session, planId, "sign-off", cancellationToken)
            : await RefusedAsync(session, planId, fields, signed.Refusal, queries, pages, cancellationToken);
    }

    private static async Task<IResult> CommentAsync(
        ToolSession session, Guid planId, IFormCollection form, PlanReviews reviews, PlanQueries queries, PlanPages pages, CancellationToken cancellationToken)
    {
        var fields = new PlanFormFields(form, "comments");
        var comment = await reviews.CommentAsync(session.Viewer, planId, fields.Text("text"), cancellationToken);
        return comment.Succeeded
            ? await pages.RedirectAsync(session, planId, "comments", cancellationToken)
            : await RefusedAsync(session, planId, fields, comment.Refusal, queries, pages, cancellationToken, "text");
    }

    private static async Task<IResult> WaiveAsync(
        ToolSession session, Guid planId, IFormCollection form, PlanReviews reviews, PlanQueries queries, PlanPages pages, CancellationToken cancellationToken)
    {
        var fields = new PlanFormFields(form, "waivers");
        var baseVersion = fields.Whole("version", "version");
        if (fields.Errors.Count > 0)
        {
            return await RefusedAsync(session, planId, fields, fields.Errors, queries, pages, cancellationToken);
        }
        var waived = await reviews.WaiveAsync(session.Viewer, planId, baseVersion, fields.Text("requirement"), fields.Text("reason"), cancellationToken);
        if (!waived.Succeeded)
        {
            return await RefusedAsync(session, planId, fields, waived.Refusal, queries, pages, cancellationToken, "reason");
        }
        if (waived.Value is not PlanSaveResult.Conflict conflict)
        {
            return await pages.RedirectAsync(session, planId, "waivers", cancellationToken);
        }
        var view = await OpenAsync(session, planId, queries, pages, cancellationToken);
        return view is null ? PlanAccess.NoSuchPlan.AsPage()
            : PlanPages.Render(view with { Section = fields.Section, Input = fields.Input, Conflict = conflict }, StatusCodes.Status409Conflict);
    }

    /// <summary>A refusal about the viewer's own input goes beside the field; one about the plan itself is a page of its own.</summary>
    private static Task<IResult> RefusedAsync(
        ToolSession session, Guid planId, PlanFormFields fields, Refusal refusal, PlanQueries queries, PlanPages pages,
        CancellationToken cancellationToken, string? field = null) =>
        refusal.Code is RefusalCode.Invalid or RefusalCode.Forbidden or RefusalCode.Conflict
            ? RefusedAsync(session, planId, fields, [new FormError(field is null ? fields.Section : PlanFormFields.Id(fields.Section, field), refusal.Sentence)],
                queries, pages, cancellationToken, refusal.StatusCode())
            : Task.FromResult(refusal.AsPage());

    private static async Task<IResult> RefusedAsync(
        ToolSession session, Guid planId, PlanFormFields fields, IReadOnlyList<FormError> errors, PlanQueries queries, PlanPages pages,
        CancellationToken cancellationToken, int status = StatusCodes.Status400BadRequest)
    {
        var view = await OpenAsync(session, planId, queries, pages, cancellationToken);
        return view is null ? PlanAccess.NoSuchPlan.AsPage()
            : PlanPages.Render(view with { Section = fields.Section, Input = fields.Input, Errors = errors }, status);
    }

    private static async Task<PlanPageView?> OpenAsync(ToolSession session, Guid planId, PlanQueries queries, PlanPages pages, CancellationToken cancellationToken) =>
        await queries.OpenAsync(session.Viewer, planId, cancellationToken) is { Succeeded: true } opened
            ? await pages.ViewAsync(session, opened.Value, cancellationToken)
            : null;
}
