using LtiPathways.LtiTool.Session;
using LtiPathways.LtiTool.Shared;
using LtiPathways.PathwayGraphQL.Pathways.Planning;

namespace LtiPathways.LtiTool.Features.Pathways.Editing;

/// <summary>A piece of the Reflective Project, linked to the student's own handed-in submission where the template asks for one.</summary>
public static class HandedInWork
{
    public static async Task<IResult> SaveArtefactAsync(
        ToolSession session, Guid planId, IFormCollection form, PlanQueries queries, EvidenceChoices choices, PlanSaving saving,
        CancellationToken cancellationToken)
    {
        var opened = await queries.OpenAsync(session.Viewer, planId, cancellationToken);
        var own = opened.Succeeded ? await choices.ForPlanAsync(session.Viewer, planId, cancellationToken) : opened.Refusal;
        if (!own.Succeeded)
        {
            return own.Refusal.AsPage();
        }
        var pieces = opened.Value!.Template.Requirements.SelectMany(r => r.Parameters.Artefacts).ToList();
        return await saving.SaveAsync(session, planId, form, PlanForms.ProjectArtefact(form, own.Value, pieces), cancellationToken);
    }
}
