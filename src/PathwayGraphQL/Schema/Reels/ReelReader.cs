using GraphQL;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Outcomes;
using LtiPathways.PathwayGraphQL.Reels;
using LtiPathways.PathwayGraphQL.Schema.Execution;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.PathwayGraphQL.Schema.Reels;

/// <summary>
/// A student's conference reel through the core's <see cref="ReelShows"/> and <see cref="ReelSharing"/>, so the API shows it
/// to exactly whom the pages do: the student and their advisors and coordinators; a mentor only through the link the
/// student shares; the links themselves to the student alone. A reel is one student's presentation, opened one at a
/// time, so it is read per plan rather than batched; the breadth limit bounds how many one query may open.
/// </summary>
public sealed class ReelReader(PathwaysDbContext db, ReelShows shows, ReelSharing sharing)
{
    public static readonly Refusal NotForTokens = Refusal.Forbidden(
        "A conference reel is shown to the student and their advisors and coordinators inside the tool; an API token does not read it.");

    public async Task<Outcome<ReelNode>> WatchAsync(GraphQLCaller caller, Guid planId, CancellationToken cancellationToken)
    {
        if (caller.Person is not { } person)
        {
            return NotForTokens;
        }
        var watched = await shows.WatchAsync(person, planId, cancellationToken);
        if (!watched.Succeeded)
        {
            return watched.Refusal;
        }
        var shown = watched.Value.Slides.Where(s => s.Available).Select(s => s.SlideId).ToList();
        var evidence = await db.ReelSlides.AsNoTracking().Where(s => shown.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.SourceId, cancellationToken);
        return new ReelNode(watched.Value, [.. watched.Value.Slides.Select(s => new ReelSlideNode(s, s.Available && evidence.TryGetValue(s.SlideId, out var id) ? id : null))]);
    }

    public async Task<ReelSharingView> SharingAsync(GraphQLCaller caller, Guid planId, CancellationToken cancellationToken)
    {
        var view = caller.Person is { } person ? await sharing.ViewAsync(person, planId, cancellationToken) : NotForTokens;
        return view.Succeeded ? view.Value : throw view.Refusal.Error();
    }
}
