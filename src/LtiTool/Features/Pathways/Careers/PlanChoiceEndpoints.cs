using LtiPathways.LtiTool.Session;
using LtiPathways.LtiTool.Shared;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Outcomes;
using LtiPathways.PathwayGraphQL.Pathways.Planning;
using Microsoft.Extensions.Localization;

namespace LtiPathways.LtiTool.Features.Pathways.Careers;

/// <summary>Moves a suggested, browsed or held pathway into the student's plan as its career cluster and pathway.</summary>
public static class PlanChoiceEndpoints
{
    public static RouteGroupBuilder MapPlanChoice(this RouteGroupBuilder careers)
    {
        careers.MapPost("/plan-choice", ChooseAsync);
        return careers;
    }

    private static async Task<IResult> ChooseAsync(
        ToolSession session, IFormCollection form, PathwaysDbContext db, TimeProvider clock, SessionTokenIssuer sessions, IStringLocalizer<PathwayText> text,
        CancellationToken cancellationToken)
    {
        var chosen = await new CareerPlanChoice(db, clock).ChooseAsync(session.Viewer, form["cluster"].ToString(), form["pathway"].ToString(), cancellationToken);
        if (!chosen.Succeeded)
        {
            return chosen.Refusal.Code == RefusalCode.Forbidden
                ? chosen.Refusal.AsPage()
                : await CareerEndpoints.OverviewAsync(session, db, clock, sessions, null, chosen.Refusal.Sentence, chosen.Refusal.StatusCode(), cancellationToken);
        }
        var (notice, problem, status) = chosen.Value switch
        {
            PlanSaveResult.Saved saved => (
                text["Careers.Chosen", saved.Plan.Document.Career!.Pathway, saved.Plan.Document.Career.Cluster, saved.Plan.VersionNumber].Value,
                (string?)null, StatusCodes.Status200OK),
            PlanSaveResult.Conflict conflict => (null, conflict.Sentence, StatusCodes.Status409Conflict),
            _ => throw new InvalidOperationException("A plan save ends saved or in conflict."),
        };
        return await CareerEndpoints.OverviewAsync(session, db, clock, sessions, notice, problem, status, cancellationToken);
    }
}
