using System.Globalization;
using System.Text.Json.Nodes;

namespace LtiPathways.LtiTool.Lti.Ags;

/// <summary>Writes the AGS 2.0 score document (section 3.4.1).</summary>
public static class ScoreDocument
{
    public const string CanvasExtension = "https://canvas.instructure.com/lti/submission";

    public static string Build(ScoreInput input)
    {
        var (activity, grading) = input.Event switch
        {
            ScoreEvent.Submitted => ("Submitted", "PendingManual"),
            _ => ("Completed", "FullyGraded"),
        };
        var score = new JsonObject
        {
            ["userId"] = input.UserId,
            ["timestamp"] = Format(input.Timestamp),
            ["activityProgress"] = activity,
            ["gradingProgress"] = grading,
        };

        // scoreGiven is meaningless without scoreMaximum, and Moodle would assume a maximum of 1 (checklist D.28).
        if (input.ScoreGiven is { } given && input.ScoreMaximum is { } maximum)
        {
            score["scoreGiven"] = given;
            score["scoreMaximum"] = maximum;
        }

        if (!string.IsNullOrEmpty(input.Comment))
        {
            score["comment"] = input.Comment;
        }

        if (input.Canvas is { } canvas)
        {
            var submission = new JsonObject
            {
                ["new_submission"] = canvas.NewSubmission,
                ["submission_type"] = canvas.SubmissionType,
            };
            if (canvas.SubmittedAt is { } submittedAt)
            {
                submission["submitted_at"] = Format(submittedAt);
            }

            score[CanvasExtension] = submission;
        }

        return score.ToJsonString();
    }

    /// <summary>ISO-8601 with milliseconds and an explicit zone, as AGS requires for ordering.</summary>
    public static string Format(DateTimeOffset timestamp) =>
        timestamp.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
