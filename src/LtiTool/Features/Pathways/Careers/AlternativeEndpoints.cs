using LtiPathways.LtiTool.Session;
using LtiPathways.LtiTool.Shared;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Outcomes;
using LtiPathways.PathwayGraphQL.Pathways.Careers;
using LtiPathways.PathwayGraphQL.Pathways.Planning;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace LtiPathways.LtiTool.Features.Pathways.Careers;

/// <summary>Two or three pathways held side by side: compare them, add one, let one go.</summary>
public static class AlternativeEndpoints
{
    public static RouteGroupBuilder MapAlternatives(this RouteGroupBuilder careers)
    {
        careers.MapGet("/compare", ShowAsync);
        careers.MapPost("/compare/hold", HoldAsync);
        careers.MapPost("/compare/remove", ReleaseAsync);
        return careers;
    }

    private static Task<IResult> ShowAsync(
        ToolSession session, PathwaysDbContext db, TimeProvider clock, SessionTokenIssuer sessions, CancellationToken cancellationToken) =>
        PageAsync(session, db, clock, sessions, null, null, cancellationToken);

    private static async Task<IResult> HoldAsync(
        ToolSession session, IFormCollection form, PathwaysDbContext db, TimeProvider clock, SessionTokenIssuer sessions, IStringLocalizer<PathwayText> text,
        CancellationToken cancellationToken)
    {
        var held = await new CareerExplorations(db, clock).HoldAsync(session.Viewer, form["cluster"].ToString(), form["pathway"].ToString(), cancellationToken);
        var notice = held.Succeeded
            ? text[held.Value.Held.Count < PathwayAlternatives.Fewest ? "Careers.ComparingAddOne" : "Careers.Comparing", held.Value.Held.Count, PathwayAlternatives.Most].Value
            : null;
        return await PageAsync(session, db, clock, sessions, notice, held.Refusal, cancellationToken);
    }

    private static async Task<IResult> ReleaseAsync(
        ToolSession session, IFormCollection form, PathwaysDbContext db, TimeProvider clock, SessionTokenIssuer sessions, IStringLocalizer<PathwayText> text,
        CancellationToken cancellationToken)
    {
        var pathway = form["pathway"].ToString();
        var released = await new CareerExplorations(db, clock).ReleaseAsync(session.Viewer, form["cluster"].ToString(), pathway, cancellationToken);
        return await PageAsync(session, db, clock, sessions, released.Succeeded ? text["Careers.NoLongerCompare", pathway].Value : null, released.Refusal, cancellationToken);
    }

    private static async Task<IResult> PageAsync(
        ToolSession session, PathwaysDbContext db, TimeProvider clock, SessionTokenIssuer sessions, string? notice, Refusal? refusal,
        CancellationToken cancellationToken)
    {
        if (refusal is { Code: RefusalCode.Forbidden })
        {
            return refusal.AsPage();
        }
        var state = await new CareerExplorations(db, clock).OwnAsync(session.Viewer, cancellationToken);
        var compared = await new CareerPlanChoice(db, clock).CompareAsync(session.Viewer, state, cancellationToken);
        if (!compared.Succeeded)
        {
            return compared.Refusal.AsPage();
        }
        var view = new AlternativesView(await sessions.IssueAsync(session, cancellationToken), compared.Value, notice, refusal?.Sentence);
        return new RazorComponentResult<AlternativesPage>(new { View = view }) { StatusCode = refusal?.StatusCode() ?? StatusCodes.Status200OK };
    }
}
