using System.Globalization;
using System.Text.Json.Nodes;
using LtiPathways.PathwayGraphQL.Data.Grading;
using LtiPathways.PathwayGraphQL.Data.Platforms;
using LtiPathways.PathwayGraphQL.Grading;

namespace LtiPathways.LtiTool.Lti.Ags;

/// <summary>Writes the AGS 2.0 score document (section 3.4.1).</summary>
public static class ScoreDocument
{
    public const string CanvasExtension = "https://canvas.instructure.com/lti/submission";

    public static string Build(ScoreInput input)
    {
        var (activity, grading) = ScoreOutbox.Progress(input.Event);
        return Write(input.UserId, input.Timestamp, activity, grading, input.ScoreGiven, input.ScoreMaximum, input.Comment, input.Canvas);
    }

    /// <summary>The document for a queued score, as it goes to a platform of the given family.</summary>
    public static string Build(ScoreOutboxEntry entry, PlatformFamily family)
    {
        if (entry.LegacyDocument is { } queuedAsDocument)
        {
            return queuedAsDocument;
        }

        var canvas = family == PlatformFamily.Canvas && entry.Work is { } work
            ? new CanvasSubmission(entry.NewSubmission, CanvasSubmissionTypes.Of(work), entry.SubmittedAt is { } at ? Utc(at) : null)
            : null;
        return Write(entry.PlatformUserId, Utc(entry.Timestamp), entry.ActivityProgress, entry.GradingProgress,
            entry.ScoreGiven, entry.ScoreMaximum, entry.Comment, canvas);
    }

    /// <summary>ISO-8601 with milliseconds and an explicit zone, as AGS requires for ordering.</summary>
    public static string Format(DateTimeOffset timestamp) =>
        timestamp.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    private static string Write(
        string userId, DateTimeOffset timestamp, ActivityProgress activity, GradingProgress grading,
        decimal? scoreGiven, decimal? scoreMaximum, string? comment, CanvasSubmission? canvas)
    {
        var score = new JsonObject
        {
            ["userId"] = userId,
            ["timestamp"] = Format(timestamp),
            ["activityProgress"] = activity.ToString(),
            ["gradingProgress"] = grading.ToString(),
        };

        // scoreGiven is meaningless without scoreMaximum, and Moodle would assume a maximum of 1 (checklist D.28).
        if (scoreGiven is { } given && scoreMaximum is { } maximum)
        {
            score["scoreGiven"] = given;
            score["scoreMaximum"] = maximum;
        }

        if (!string.IsNullOrEmpty(comment))
        {
            score["comment"] = comment;
        }

        if (canvas is not null)
        {
            var submission = new JsonObject();

            // Left out, Canvas takes the score as a new submission.
            if (canvas.NewSubmission is { } isNew)
            {
                submission["new_submission"] = isNew;
            }

            submission["submission_type"] = canvas.SubmissionType;
            if (canvas.SubmittedAt is { } submittedAt)
            {
                submission["submitted_at"] = Format(submittedAt);
            }

            score[CanvasExtension] = submission;
        }

        return score.ToJsonString();
    }

    private static DateTimeOffset Utc(DateTime stored) => new(DateTime.SpecifyKind(stored, DateTimeKind.Utc));
}
