using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Grading;
using LtiPathways.PathwayGraphQL.Data.Platforms;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.PathwayGraphQL.Grading;

/// <summary>
/// Adds scores to the outbox in the caller's unit of work: the caller's single SaveChanges commits the change
/// that caused the score and the score together, so neither exists without the other. A row records what the school
/// decided; the LTI layer writes the platform's document from it when it sends.
/// </summary>
public class ScoreOutbox(PathwaysDbContext db, TimeProvider clock)
{
    public async Task<ScoreOutboxEntry> EnqueueAsync(OutboxScore score, CancellationToken cancellationToken)
    {
        var family = PlatformFamilies.Of(score.Registration);
        var stored = await db.ScoreOutbox.AsNoTracking()
            .Where(e => e.LineItemUrl == score.LineItemUrl && e.UserId == score.Student.Id)
            .OrderByDescending(e => e.Timestamp)
            .Select(e => (DateTime?)e.Timestamp)
            .FirstOrDefaultAsync(cancellationToken);
        var pending = db.ChangeTracker.Entries<ScoreOutboxEntry>()
            .Where(e => e.State == EntityState.Added && e.Entity.LineItemUrl == score.LineItemUrl && e.Entity.UserId == score.Student.Id)
            .Select(e => (DateTime?)e.Entity.Timestamp)
            .Max();
        var last = new[] { stored, pending }.Max();
        var now = clock.GetUtcNow();
        var timestamp = NextTimestamp(now, last is { } l ? new DateTimeOffset(l, TimeSpan.Zero) : null, family);

        var (activity, grading) = Progress(score.Event);
        var entry = new ScoreOutboxEntry
        {
            RegistrationId = score.Registration.Id,
            CourseId = score.CourseId,
            AssignmentId = score.AssignmentId,
            UserId = score.Student.Id,
            LineItemUrl = score.LineItemUrl,
            PlatformUserId = score.Student.Subject,
            ScoreGiven = score.ScoreGiven,
            ScoreMaximum = score.ScoreMaximum,
            ActivityProgress = activity,
            GradingProgress = grading,
            Comment = score.Comment,
            Timestamp = timestamp.UtcDateTime,
            Work = score.Event == ScoreEvent.Submitted ? SubmittedWork.Text : SubmittedWork.Nothing,
            SubmittedAt = score.SubmittedAt?.UtcDateTime,
            NewSubmission = score.Event == ScoreEvent.Submitted || last is null,
            NextAttemptAt = now.UtcDateTime,
            CreatedAt = now.UtcDateTime,
        };
        db.ScoreOutbox.Add(entry);
        return entry;
    }

    /// <summary>Why a score is sent decides its progress (checklist D.27–D.29).</summary>
    public static (ActivityProgress Activity, GradingProgress Grading) Progress(ScoreEvent scoreEvent) => scoreEvent switch
    {
        ScoreEvent.Submitted => (ActivityProgress.Submitted, GradingProgress.PendingManual),
        _ => (ActivityProgress.Completed, GradingProgress.FullyGraded),
    };

    /// <summary>
    /// AGS 2.0 section 3.4.1.2: timestamps strictly increase per (line item, user). Millisecond precision, bumped past the last one;
    /// Moodle compares whole seconds (checklist D.28), so there the next score moves to the next second.
    /// </summary>
    public static DateTimeOffset NextTimestamp(DateTimeOffset now, DateTimeOffset? last, PlatformFamily family)
    {
        var candidate = new DateTimeOffset(now.UtcTicks - (now.UtcTicks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero);
        if (last is not { } previous)
        {
            return candidate;
        }

        if (family == PlatformFamily.Moodle)
        {
            var nextSecond = new DateTimeOffset(previous.UtcTicks - (previous.UtcTicks % TimeSpan.TicksPerSecond), TimeSpan.Zero).AddSeconds(1);
            return candidate >= nextSecond ? candidate : nextSecond;
        }

        return candidate > previous ? candidate : previous.AddMilliseconds(1);
    }
}
