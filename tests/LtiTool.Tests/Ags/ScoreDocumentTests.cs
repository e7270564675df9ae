using System.Text.Json.Nodes;
using LtiPathways.LtiTool.Lti.Ags;
using LtiPathways.LtiTool.Lti.Ags.Delivery;
using LtiPathways.PathwayGraphQL.Data.Platforms;
using LtiPathways.PathwayGraphQL.Grading;

namespace LtiPathways.LtiTool.Tests.Ags;

public sealed class ScoreDocumentTests
{
    private static readonly DateTimeOffset At = new(2026, 12, 1, 9, 30, 15, 123, TimeSpan.Zero);

    [Fact]
    public void A_released_grade_is_completed_fully_graded_with_both_score_members_and_a_precise_timestamp()
    {
        var score = JsonNode.Parse(ScoreDocument.Build(new ScoreInput("u-1", 17.5m, 20m, "Well done", At, ScoreEvent.GradeReleased)))!;

        Assert.Equal("u-1", score["userId"]!.GetValue<string>());
        Assert.Equal(17.5m, score["scoreGiven"]!.GetValue<decimal>());
        Assert.Equal(20m, score["scoreMaximum"]!.GetValue<decimal>());
        Assert.Equal("Completed", score["activityProgress"]!.GetValue<string>());
        Assert.Equal("FullyGraded", score["gradingProgress"]!.GetValue<string>());
        Assert.Equal("2026-12-01T09:30:15.123Z", score["timestamp"]!.GetValue<string>());
        Assert.Null(score[ScoreDocument.CanvasExtension]);
    }

    [Fact]
    public void A_submission_is_submitted_pending_manual_and_never_sends_a_score_without_its_maximum()
    {
        var score = JsonNode.Parse(ScoreDocument.Build(new ScoreInput("u-1", 3m, null, null, At, ScoreEvent.Submitted)))!;

        Assert.Equal("Submitted", score["activityProgress"]!.GetValue<string>());
        Assert.Equal("PendingManual", score["gradingProgress"]!.GetValue<string>());
        Assert.Null(score["scoreGiven"]);
        Assert.Null(score["comment"]);
    }

    [Fact]
    public void Canvas_regrades_say_new_submission_false()
    {
        var canvas = new CanvasSubmission(NewSubmission: false, "none", At);
        var score = JsonNode.Parse(ScoreDocument.Build(new ScoreInput("u", 1m, 2m, null, At, ScoreEvent.GradeReleased, canvas)))!;

        var extension = score[ScoreDocument.CanvasExtension]!;
        Assert.False(extension["new_submission"]!.GetValue<bool>());
        Assert.Equal("none", extension["submission_type"]!.GetValue<string>());
        Assert.Equal("2026-12-01T09:30:15.123Z", extension["submitted_at"]!.GetValue<string>());
    }

    [Fact]
    public void Timestamps_strictly_increase_by_a_millisecond_when_the_clock_has_not_moved_on()
    {
        Assert.Equal(At, ScoreOutbox.NextTimestamp(At, null, PlatformFamily.Other));
        Assert.Equal(At.AddMilliseconds(1), ScoreOutbox.NextTimestamp(At, At, PlatformFamily.Other));
        Assert.Equal(At.AddMilliseconds(6), ScoreOutbox.NextTimestamp(At, At.AddMilliseconds(5), PlatformFamily.Other));
        Assert.Equal(At.AddSeconds(1), ScoreOutbox.NextTimestamp(At.AddSeconds(1), At, PlatformFamily.Other));
    }

    [Fact]
    public void For_moodle_the_next_score_moves_to_the_next_whole_second()
    {
        var sameSecond = At.AddMilliseconds(500);
        var expected = new DateTimeOffset(2026, 12, 1, 9, 30, 16, TimeSpan.Zero);

        Assert.Equal(expected, ScoreOutbox.NextTimestamp(sameSecond, At, PlatformFamily.Moodle));
        Assert.Equal(At.AddSeconds(2), ScoreOutbox.NextTimestamp(At.AddSeconds(2), At, PlatformFamily.Moodle));
    }

    [Theory]
    [InlineData("https://moodle.example.edu/mod/lti/services.php/2/lineitems/7/lineitem?type_id=3",
        "https://moodle.example.edu/mod/lti/services.php/2/lineitems/7/lineitem/scores?type_id=3")]
    [InlineData("https://canvas.example.edu/api/lti/courses/1/line_items/9", "https://canvas.example.edu/api/lti/courses/1/line_items/9/scores")]
    [InlineData("https://lms.example.edu/lineitems/9/", "https://lms.example.edu/lineitems/9/scores")]
    public void Scores_go_into_the_path_keeping_the_query_string(string lineItem, string scores)
    {
        Assert.Equal(scores, AgsUrls.Scores(lineItem));
    }

    [Theory]
    [InlineData(409, true, DeliveryOutcome.Sent)]
    [InlineData(409, false, DeliveryOutcome.Failed)]
    [InlineData(503, false, DeliveryOutcome.Retry)]
    [InlineData(429, true, DeliveryOutcome.Retry)]
    [InlineData(404, true, DeliveryOutcome.Failed)]
    [InlineData(422, false, DeliveryOutcome.Failed)]
    public void Platform_answers_are_read_as_delivered_retry_or_failed(int status, bool retried, DeliveryOutcome outcome)
    {
        Assert.Equal(outcome, ScoreReplyRules.Judge(new ServiceReply(status, "", null, null), retried).Outcome);
    }
}
