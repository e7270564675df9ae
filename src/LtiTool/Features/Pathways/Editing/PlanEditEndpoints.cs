using LtiPathways.LtiTool.Session;
using LtiPathways.LtiTool.Shared;
using LtiPathways.PathwayGraphQL.Pathways.Planning;

namespace LtiPathways.LtiTool.Features.Pathways.Editing;

/// <summary>
/// The student's new entries in their plan, one route per kind of entry, each saved as a new version by <see cref="PlanSaving"/>;
/// editing and removing an entry is in <see cref="PlanCorrectionEndpoints"/>.
/// </summary>
public static class PlanEditEndpoints
{
    public static RouteGroupBuilder MapPlanEdits(this RouteGroupBuilder planner)
    {
        var plan = planner.MapGroup("/plans/{planId:guid}");
        plan.MapPost("/hours", (ToolSession session, Guid planId, IFormCollection form, PlanSaving saving, CancellationToken ct) =>
            saving.SaveAsync(session, planId, form, PlanForms.Hours(form), ct));
        plan.MapPost("/project-artefacts", HandedInWork.SaveArtefactAsync);
        plan.MapPost("/goals", (ToolSession session, Guid planId, IFormCollection form, PlanSaving saving, TimeProvider clock, CancellationToken ct) =>
            saving.SaveAsync(session, planId, form, PlanForms.Goal(form, Today(clock)), ct));
        plan.MapPost("/goals/{goalId:guid}/status", (ToolSession session, Guid planId, Guid goalId, IFormCollection form, PlanSaving saving, CancellationToken ct) =>
            saving.SaveAsync(session, planId, form, PlanForms.GoalProgress(form, goalId), ct));
        plan.MapPost("/milestones", (ToolSession session, Guid planId, IFormCollection form, PlanSaving saving, CancellationToken ct) =>
            saving.SaveAsync(session, planId, form, PlanForms.Milestone(form), ct));
        plan.MapPost("/reflections", (ToolSession session, Guid planId, IFormCollection form, PlanSaving saving, TimeProvider clock, CancellationToken ct) =>
            saving.SaveAsync(session, planId, form, PlanForms.Reflection(form, Today(clock)), ct));
        plan.MapPost("/courses", (ToolSession session, Guid planId, IFormCollection form, PlanSaving saving, CancellationToken ct) =>
            saving.SaveAsync(session, planId, form, PlanForms.Course(form), ct));
        plan.MapPost("/career-related-study", (ToolSession session, Guid planId, IFormCollection form, PlanSaving saving, CancellationToken ct) =>
            saving.SaveAsync(session, planId, form, PlanForms.CareerRelatedStudy(form), ct));
        plan.MapPost("/career", (ToolSession session, Guid planId, IFormCollection form, PlanSaving saving, CancellationToken ct) =>
            saving.SaveAsync(session, planId, form, PlanForms.Career(form), ct));
        plan.MapPost("/certifications", (ToolSession session, Guid planId, IFormCollection form, PlanSaving saving, CancellationToken ct) =>
            saving.SaveAsync(session, planId, form, PlanForms.Certification(form), ct));
        plan.MapPost("/evidence", EvidenceAsync);
        return planner;
    }

    private static async Task<IResult> EvidenceAsync(
        ToolSession session, Guid planId, IFormCollection form, EvidenceChoices choices, PlanSaving saving, CancellationToken cancellationToken)
    {
        var own = await choices.ForPlanAsync(session.Viewer, planId, cancellationToken);
        return own.Succeeded
            ? await saving.SaveAsync(session, planId, form, PlanForms.Evidence(form, own.Value), cancellationToken)
            : own.Refusal.AsPage();
    }

    private static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
}
