using LtiPathways.LtiTool.Features.Pathways;
using LtiPathways.LtiTool.Features.Submissions.Playback;
using LtiPathways.LtiTool.Session;
using LtiPathways.LtiTool.Shared;
using LtiPathways.PathwayGraphQL.Outcomes;
using LtiPathways.PathwayGraphQL.Reels;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace LtiPathways.LtiTool.Features.Reels;

/// <summary>
/// The reel's pages inside the LMS: the student's page to arrange and share it (with a refusal beside its forms, or a link
/// just made), and the presentation the student previews and their advisors watch.
/// </summary>
public sealed class ReelPages(ReelShows shows, ReelChoices choices, ReelSharing sharing, SubmittedFileViews fileViews, SessionTokenIssuer sessions,
    IStringLocalizer<ReelText> text)
{
    /// <summary>The student's page to arrange their reel; anyone else who may watch it gets the presentation.</summary>
    public async Task<IResult> ShowAsync(
        ToolSession session, Guid planId, string? done, Guid? slideId, CancellationToken cancellationToken,
        Refusal? refusal = null, (IssuedReelLink Link, string Url)? issued = null)
    {
        var show = await shows.WatchAsync(session.Viewer, planId, cancellationToken);
        if (!show.Succeeded)
        {
            return show.Refusal.AsPage();
        }
        if (show.Value.StudentUserId != session.Viewer.PersonId)
        {
            return refusal?.AsPage() ?? await WatchPageAsync(session, show.Value, cancellationToken);
        }
        var shared = await sharing.ViewAsync(session.Viewer, planId, cancellationToken);
        var offered = await choices.OfAsync(session.Viewer, planId, cancellationToken);
        var position = show.Value.Slides.FirstOrDefault(s => s.SlideId == slideId)?.Number;
        return new RazorComponentResult<ReelArrangePage>(new
        {
            Show = show.Value, Choices = offered.Value ?? [], Sharing = shared.Value!, SessionToken = await sessions.IssueAsync(session, cancellationToken),
            Notice = refusal is null ? ReelNotices.Of(done, position, show.Value.Slides.Count, text) : null, Problem = refusal?.Sentence,
            Issued = issued?.Link, IssuedUrl = issued?.Url,
        }) { StatusCode = refusal?.StatusCode() ?? StatusCodes.Status200OK };
    }

    public async Task<IResult> WatchAsync(ToolSession session, Guid planId, CancellationToken cancellationToken)
    {
        var show = await shows.WatchAsync(session.Viewer, planId, cancellationToken);
        return show.Succeeded ? await WatchPageAsync(session, show.Value, cancellationToken) : show.Refusal.AsPage();
    }

    /// <summary>After a change: a GET of the reel page, so reloading reads it instead of posting the form again; the slide keeps its place in view.</summary>
    public async Task<IResult> RedirectAsync(ToolSession session, Guid planId, string done, Guid? slideId, CancellationToken cancellationToken)
    {
        var path = $"{ReelPaths.Of(planId)}?done={done}{(slideId is { } id ? $"&slide={id}" : "")}";
        var fragment = slideId is { } focus ? $"#slide-{focus}" : "";
        return TypedResults.Redirect(PathwayPaths.WithSession(path, await sessions.IssueAsync(session, cancellationToken)) + fragment);
    }

    private async Task<IResult> WatchPageAsync(ToolSession session, ReelShow show, CancellationToken cancellationToken) =>
        new RazorComponentResult<ReelWatchPage>(new
        {
            Show = show, Players = await fileViews.ForAsync(show.Files, cancellationToken),
            IsOwner = show.StudentUserId == session.Viewer.PersonId, SessionToken = await sessions.IssueAsync(session, cancellationToken),
        });
}
