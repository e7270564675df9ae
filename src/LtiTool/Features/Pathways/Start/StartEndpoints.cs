using LtiPathways.LtiTool.Features.Pathways.Plan;
using LtiPathways.LtiTool.Session;
using LtiPathways.LtiTool.Shared;
using LtiPathways.PathwayGraphQL.Access;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Modules;
using LtiPathways.PathwayGraphQL.Outcomes;
using LtiPathways.PathwayGraphQL.Pathways.Planning;
using LtiPathways.PathwayGraphQL.Pathways.Plans;
using LtiPathways.PathwayGraphQL.Pathways.Rules;
using LtiPathways.PathwayGraphQL.Pathways.Templates;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LtiPathways.LtiTool.Features.Pathways.Start;

/// <summary>A new student's first steps: choose a programme, read what its plan asks of them, start the plan.</summary>
public static class StartEndpoints
{
    public const string TemplateField = "template";

    public static RouteGroupBuilder MapStart(this RouteGroupBuilder planner)
    {
        planner.MapGet("/start", ChooseAsync);
        planner.MapGet("/start/{templateKey}", ExplainAsync);
        planner.MapPost("/plans", StartAsync);
        return planner;
    }

    public static async Task<IResult> ChooseAsync(ToolSession session, SessionTokenIssuer sessions, CancellationToken cancellationToken) =>
        new RazorComponentResult<StartPage>(new { Templates = ShippedTemplates.All, SessionToken = await sessions.IssueAsync(session, cancellationToken) });

    private static async Task<IResult> ExplainAsync(
        ToolSession session, string templateKey, PathwaysDbContext db, SessionTokenIssuer sessions, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (await PlanTemplates.LatestAsync(db, session.Viewer, templateKey, cancellationToken) is not { } template)
        {
            return Refusal.NotFound($"There is no plan template \u201c{templateKey}\u201d at this school.").AsPage();
        }
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        // An empty plan evaluated today says, requirement by requirement, what the student will be asked for.
        var modules = await ModuleStandings.OfAsync(db, new Institution(session.Viewer.RegistrationId, session.Viewer.DeploymentId), session.Viewer.PersonId, cancellationToken);
        var asks = PlanEvaluator.Evaluate(template, PlanDocument.Empty with { StartedOn = today }, today, new Dictionary<Guid, decimal>(), modules);
        return new RazorComponentResult<StartStepPage>(new
        {
            Template = template, Asks = asks.Requirements, SessionToken = await sessions.IssueAsync(session, cancellationToken),
        });
    }

    private static async Task<IResult> StartAsync(
        ToolSession session, IFormCollection form, PlanCommands commands, PlanQueries queries, PlanPages pages, CancellationToken cancellationToken)
    {
        var started = await commands.StartAsync(session.Viewer, form[TemplateField].ToString(), cancellationToken);
        if (started.Succeeded)
        {
            return await pages.RedirectAsync(session, started.Value.PlanId, "start", cancellationToken);
        }
        // A second tab started the plan first: open it rather than refuse.
        return started.Refusal.Code == RefusalCode.Conflict && await queries.OwnPlanIdAsync(session.Viewer, cancellationToken) is { } own
            ? await pages.RedirectAsync(session, own, "start", cancellationToken)
            : started.Refusal.AsPage();
    }
}
