using LtiPathways.LtiTool.Features.Mentors.SignedLinks;
using LtiPathways.LtiTool.Features.Submissions.Playback;
using LtiPathways.PathwayGraphQL.Reels;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LtiPathways.LtiTool.Features.Reels;

/// <summary>
/// A reel's read-only signed link, opened by a parent or mentor from any browser without an LMS session: the signed
/// links' rate limit, top-level-only headers and refusal page, and only the reel the link names.
/// </summary>
public static class SharedReelEndpoints
{
    public static IEndpointRouteBuilder MapSharedReels(this IEndpointRouteBuilder routes)
    {
        routes.MapGet(ReelPaths.LinkRoot + "/{token}", OpenAsync)
            .RequireRateLimiting(SignedLinkRateLimit.Policy)
            .AddEndpointFilter<TopLevelOnly>();
        return routes;
    }

    private static async Task<IResult> OpenAsync(string token, ReelLinkGate gate, ReelShows shows, SubmittedFileViews fileViews, CancellationToken cancellationToken)
    {
        var opened = await gate.OpenAsync(token, cancellationToken);
        if (!opened.Succeeded)
        {
            return SignedLinkPages.Refused();
        }
        var show = await shows.OfLinkAsync(opened.Value, cancellationToken);
        await gate.RecordAsync(opened.Value, $"Opened the reel ({show.Slides.Count} slides).", cancellationToken);
        return new RazorComponentResult<SharedReelPage>(new
        {
            Show = show, Players = await fileViews.ForAsync(show.Files, cancellationToken), ExpiresAt = opened.Value.ExpiresAt,
        });
    }
}
