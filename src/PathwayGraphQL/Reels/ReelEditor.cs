using LtiPathways.PathwayGraphQL.Access;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Pathways;
using LtiPathways.PathwayGraphQL.Data.Reels;
using LtiPathways.PathwayGraphQL.Outcomes;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.PathwayGraphQL.Reels;

/// <summary>The student arranges their reel: adds a piece of their own evidence with a caption, rewords, moves and removes slides.</summary>
public sealed class ReelEditor(PathwaysDbContext db, ReelChoices choices, TimeProvider clock)
{
    public const int MaxSlides = 40;
    public const int MaxCaption = 1000;

    public static readonly Refusal NoSuchSlide = Refusal.NotFound("There is no such slide in your reel.");

    public static readonly Refusal NotYourEvidence = Refusal.NotFound(
        "That is not a piece of your own handed-in work, released result or reflection; choose one from the list.");

    /// <returns>The new slide's id.</returns>
    public async Task<Outcome<Guid>> AddAsync(
        Viewer viewer, Guid planId, ReelSlideSource source, Guid sourceId, string? caption, CancellationToken cancellationToken = default)
    {
        var plan = await ReelAccess.ToArrangeAsync(db, viewer, planId, cancellationToken);
        if (!plan.Succeeded)
        {
            return plan.Refusal;
        }
        if (CheckCaption(caption) is { } bad)
        {
            return bad;
        }
        var offered = await choices.OfAsync(viewer, planId, cancellationToken);
        if (!offered.Succeeded || !offered.Value.Any(c => c.Source == source && c.SourceId == sourceId))
        {
            return NotYourEvidence;
        }
        var reel = await ReelOfAsync(plan.Value, cancellationToken);
        if (reel.Slides.Count >= MaxSlides)
        {
            return Refusal.Invalid($"A reel holds up to {MaxSlides} slides; remove one before adding another.");
        }
        if (reel.Slides.Any(s => s.Source == source && s.SourceId == sourceId))
        {
            return Refusal.Conflict("That piece is already a slide of your reel; change its caption or move it instead.");
        }
        var slide = new ReelSlide { ReelId = reel.Id, Position = reel.Slides.Count, Source = source, SourceId = sourceId, Caption = caption?.Trim() ?? "" };
        db.ReelSlides.Add(slide);
        reel.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        return slide.Id;
    }

    public Task<Outcome<Guid>> CaptionAsync(Viewer viewer, Guid planId, Guid slideId, string? caption, CancellationToken cancellationToken = default) =>
        ChangeAsync(viewer, planId, slideId, cancellationToken, (_, slide) =>
        {
            if (CheckCaption(caption) is { } bad)
            {
                return bad;
            }
            slide.Caption = caption?.Trim() ?? "";
            return null;
        });

    /// <param name="by">-1 to move the slide one place earlier, +1 one place later; a move past either end keeps it there.</param>
    public Task<Outcome<Guid>> MoveAsync(Viewer viewer, Guid planId, Guid slideId, int by, CancellationToken cancellationToken = default) =>
        ChangeAsync(viewer, planId, slideId, cancellationToken, (slides, slide) =>
        {
            var to = Math.Clamp(slide.Position + Math.Sign(by), 0, slides.Count - 1);
            var other = slides[to];
            (other.Position, slide.Position) = (slide.Position, to);
            return null;
        });

    public Task<Outcome<Guid>> RemoveAsync(Viewer viewer, Guid planId, Guid slideId, CancellationToken cancellationToken = default) =>
        ChangeAsync(viewer, planId, slideId, cancellationToken, (slides, slide) =>
        {
            db.ReelSlides.Remove(slide);
            foreach (var later in slides.Where(s => s.Position > slide.Position))
            {
                later.Position--;
            }
            return null;
        });

    private async Task<Outcome<Guid>> ChangeAsync(
        Viewer viewer, Guid planId, Guid slideId, CancellationToken cancellationToken, Func<List<ReelSlide>, ReelSlide, Refusal?> change)
    {
        var plan = await ReelAccess.ToArrangeAsync(db, viewer, planId, cancellationToken);
        if (!plan.Succeeded)
        {
            return plan.Refusal;
        }
        var reel = await db.Reels.Include(r => r.Slides).SingleOrDefaultAsync(r => r.PlanId == plan.Value.Id, cancellationToken);
        var slides = reel?.Slides.OrderBy(s => s.Position).ToList() ?? [];
        if (slides.SingleOrDefault(s => s.Id == slideId) is not { } slide)
        {
            return NoSuchSlide;
        }
        if (change(slides, slide) is { } refused)
        {
            return refused;
        }
        reel!.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        return slide.Id;
    }

    private async Task<Reel> ReelOfAsync(PathwayPlan plan, CancellationToken cancellationToken)
    {
        var reel = await db.Reels.Include(r => r.Slides).SingleOrDefaultAsync(r => r.PlanId == plan.Id, cancellationToken);
        if (reel is null)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            reel = new Reel { RegistrationId = plan.RegistrationId, DeploymentId = plan.DeploymentId, PlanId = plan.Id, StudentUserId = plan.StudentUserId, CreatedAt = now, UpdatedAt = now };
            db.Reels.Add(reel);
        }
        return reel;
    }

    private static Refusal? CheckCaption(string? caption) =>
        caption?.Trim().Length > MaxCaption ? Refusal.Invalid($"Keep a caption to {MaxCaption} characters; this one has {caption.Trim().Length}.") : null;
}
