using LtiPathways.LtiTool.Session;
using LtiPathways.LtiTool.Shared;
using LtiPathways.PathwayGraphQL.Pathways.Planning;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LtiPathways.LtiTool.Features.Admin;

/// <summary>An administrator's list of their institution's coordinators, who see every plan there (issue 13, item 6).</summary>
public static class CoordinatorEndpoints
{
    public const string Path = "/admin/coordinators";

    public static IEndpointRouteBuilder MapCoordinatorAdmin(this IEndpointRouteBuilder routes)
    {
        var coordinators = routes.MapGroup(Path).RequireAuthorization();
        coordinators.MapGet("/", ShowAsync);
        coordinators.MapPost("/", AddAsync);
        coordinators.MapPost("/{id:guid}/remove", RemoveAsync);
        return routes;
    }

    private static Task<IResult> ShowAsync(ToolSession session, Coordinators coordinators, SessionTokenIssuer sessions, CancellationToken cancellationToken) =>
        RenderAsync(session, coordinators, sessions, null, cancellationToken);

    private static async Task<IResult> AddAsync(
        ToolSession session, HttpRequest request, Coordinators coordinators, SessionTokenIssuer sessions, CancellationToken cancellationToken)
    {
        var form = await request.ReadFormAsync(cancellationToken);
        var added = await coordinators.AddAsync(session.Viewer, form["person"].ToString(), cancellationToken);
        return added.Succeeded
            ? await RenderAsync(session, coordinators, sessions, $"{added.Value.Name} ({added.Value.Subject}) is a coordinator now: they see every plan here.", cancellationToken)
            : added.Refusal.AsPage();
    }

    private static async Task<IResult> RemoveAsync(
        ToolSession session, Guid id, Coordinators coordinators, SessionTokenIssuer sessions, CancellationToken cancellationToken)
    {
        var removed = await coordinators.RemoveAsync(session.Viewer, id.ToString(), cancellationToken);
        return removed.Succeeded
            ? await RenderAsync(session, coordinators, sessions, $"{removed.Value.Name} ({removed.Value.Subject}) is no longer a coordinator.", cancellationToken)
            : removed.Refusal.AsPage();
    }

    private static async Task<IResult> RenderAsync(
        ToolSession session, Coordinators coordinators, SessionTokenIssuer sessions, string? notice, CancellationToken cancellationToken)
    {
        var listed = await coordinators.ListAsync(session.Viewer, cancellationToken);
        if (!listed.Succeeded)
        {
            return listed.Refusal.AsPage();
        }

        var candidates = await coordinators.CandidatesAsync(session.Viewer, cancellationToken);
        return new RazorComponentResult<CoordinatorsPage>(new
        {
            Coordinators = listed.Value,
            Candidates = candidates.Value ?? [],
            SessionToken = await sessions.IssueAsync(session, cancellationToken),
            Notice = notice,
        });
    }
}
