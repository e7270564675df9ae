using LtiPathways.LtiTool.Session;

namespace LtiPathways.LtiTool.Features.Pathways.Editing;

/// <summary>
/// An entry of the plan edited or removed where it is shown: <c>POST …/{list}/{id}</c> saves the edit form,
/// <c>POST …/{list}/{id}/remove</c> the confirmed removal; each a new version through <see cref="PlanSaving"/>.
/// </summary>
public static class PlanCorrectionEndpoints
{
    public static RouteGroupBuilder MapPlanCorrections(this RouteGroupBuilder planner)
    {
        var plan = planner.MapGroup("/plans/{planId:guid}");
        MapEntry(plan, "hours", "hours", PlanCorrections.EditHours);
        MapEntry(plan, "goals", "goals", PlanCorrections.EditGoal);
        MapEntry(plan, "milestones", "milestones", PlanCorrections.EditMilestone);
        MapEntry(plan, "reflections", "reflections", PlanCorrections.EditReflection);
        MapEntry(plan, "courses", "courses", PlanCorrections.EditCourse);
        MapEntry(plan, "certifications", "certifications", PlanCorrections.EditCertification);
        MapEntry(plan, "project-artefacts", "projectArtefacts", PlanCorrections.EditProjectArtefact);
        MapEntry(plan, "evidence", "evidence", PlanCorrections.EditEvidence);
        plan.MapPost("/career-related-study/remove", (ToolSession session, Guid planId, IFormCollection form, PlanSaving saving, CancellationToken ct) =>
            saving.SaveAsync(session, planId, form, PlanCorrections.RemoveCareerRelatedStudy(), ct));
        plan.MapPost("/career/remove", (ToolSession session, Guid planId, IFormCollection form, PlanSaving saving, CancellationToken ct) =>
            saving.SaveAsync(session, planId, form, PlanCorrections.RemoveCareer(), ct));
        return planner;
    }

    private static void MapEntry(RouteGroupBuilder plan, string segment, string list, Func<IFormCollection, Guid, PlanEdit> edit)
    {
        plan.MapPost($"/{segment}/{{itemId:guid}}", (ToolSession session, Guid planId, Guid itemId, IFormCollection form, PlanSaving saving, CancellationToken ct) =>
            saving.SaveAsync(session, planId, form, edit(form, itemId), ct));
        plan.MapPost($"/{segment}/{{itemId:guid}}/remove", (ToolSession session, Guid planId, Guid itemId, IFormCollection form, PlanSaving saving, CancellationToken ct) =>
            saving.SaveAsync(session, planId, form, PlanCorrections.Remove(list, itemId), ct));
    }
}
