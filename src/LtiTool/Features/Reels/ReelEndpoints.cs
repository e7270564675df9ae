using LtiPathways.LtiTool.Lti;
using LtiPathways.LtiTool.Session;
using LtiPathways.PathwayGraphQL.Outcomes;
using LtiPathways.PathwayGraphQL.Reels;

namespace LtiPathways.LtiTool.Features.Reels;

/// <summary>
/// The conference reel inside the LMS: the student adds their own evidence as slides, captions, moves and removes them,
/// previews and presents the reel, and shares or revokes a read-only link; advisors watch it. One route per operation.
/// </summary>
public static class ReelEndpoints
{
    public static IEndpointRouteBuilder MapReels(this IEndpointRouteBuilder routes)
    {
        var reels = routes.MapGroup(ReelPaths.Root + "/plans/{planId:guid}").RequireAuthorization();
        reels.MapGet("", (ToolSession session, Guid planId, string? done, Guid? slide, ReelPages pages, CancellationToken ct) =>
            pages.ShowAsync(session, planId, done, slide, ct));
        reels.MapGet("/preview", (ToolSession session, Guid planId, ReelPages pages, CancellationToken ct) => pages.WatchAsync(session, planId, ct));
        reels.MapPost("/slides", async (ToolSession session, Guid planId, IFormCollection form, ReelEditor editor, ReelPages pages, CancellationToken ct) =>
        {
            var evidence = ReelForms.Evidence(form);
            var added = evidence.Succeeded
                ? await editor.AddAsync(session.Viewer, planId, evidence.Value.Source, evidence.Value.SourceId, ReelForms.Caption(form), ct)
                : evidence.Refusal;
            return await AfterAsync(session, planId, added, ReelNotices.Added, pages, ct);
        });
        reels.MapPost("/slides/{slideId:guid}/caption", async (ToolSession session, Guid planId, Guid slideId, IFormCollection form, ReelEditor editor, ReelPages pages, CancellationToken ct) =>
            await AfterAsync(session, planId, await editor.CaptionAsync(session.Viewer, planId, slideId, ReelForms.Caption(form), ct), ReelNotices.Captioned, pages, ct));
        reels.MapPost("/slides/{slideId:guid}/earlier", async (ToolSession session, Guid planId, Guid slideId, ReelEditor editor, ReelPages pages, CancellationToken ct) =>
            await AfterAsync(session, planId, await editor.MoveAsync(session.Viewer, planId, slideId, -1, ct), ReelNotices.Moved, pages, ct));
        reels.MapPost("/slides/{slideId:guid}/later", async (ToolSession session, Guid planId, Guid slideId, ReelEditor editor, ReelPages pages, CancellationToken ct) =>
            await AfterAsync(session, planId, await editor.MoveAsync(session.Viewer, planId, slideId, +1, ct), ReelNotices.Moved, pages, ct));
        reels.MapPost("/slides/{slideId:guid}/remove", async (ToolSession session, Guid planId, Guid slideId, ReelEditor editor, ReelPages pages, CancellationToken ct) =>
        {
            var removed = await editor.RemoveAsync(session.Viewer, planId, slideId, ct);
            return removed.Succeeded
                ? await pages.RedirectAsync(session, planId, ReelNotices.Removed, null, ct)
                : await pages.ShowAsync(session, planId, null, null, ct, removed.Refusal);
        });
        reels.MapPost("/links", ShareAsync);
        reels.MapPost("/links/{linkId:guid}/revoke", async (ToolSession session, Guid planId, Guid linkId, ReelSharing sharing, ReelPages pages, CancellationToken ct) =>
        {
            var revoked = await sharing.RevokeAsync(session.Viewer, planId, linkId, ct);
            return revoked.Succeeded
                ? await pages.RedirectAsync(session, planId, ReelNotices.Revoked, null, ct)
                : await pages.ShowAsync(session, planId, null, null, ct, revoked.Refusal);
        });
        return routes;
    }

    private static async Task<IResult> AfterAsync(ToolSession session, Guid planId, Outcome<Guid> outcome, string done, ReelPages pages, CancellationToken cancellationToken) =>
        outcome.Succeeded
            ? await pages.RedirectAsync(session, planId, done, outcome.Value, cancellationToken)
            : await pages.ShowAsync(session, planId, null, null, cancellationToken, outcome.Refusal);

    private static async Task<IResult> ShareAsync(
        HttpContext http, ToolSession session, Guid planId, IFormCollection form, ReelSharing sharing, ReelPages pages, ToolUrls urls, CancellationToken cancellationToken)
    {
        var days = ReelForms.Days(form);
        var shared = days.Succeeded ? await sharing.ShareAsync(session.Viewer, planId, days.Value, cancellationToken) : days.Refusal;
        if (!shared.Succeeded)
        {
            return await pages.ShowAsync(session, planId, null, null, cancellationToken, shared.Refusal);
        }
        // Shown in this answer only, never in an address: a redirect would put the token in the browser's history.
        return await pages.ShowAsync(session, planId, null, null, cancellationToken, issued: (shared.Value, urls.Absolute(http.Request, ReelPaths.Shared(shared.Value.Token))));
    }
}
