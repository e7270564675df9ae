namespace LtiPathways.Rubrics.Tests.Scoring;

public class RubricScorerTests
{
    private static readonly DateTimeOffset At = new(2025, 9, 1, 8, 0, 0, TimeSpan.Zero);

    private static readonly RubricVersion Analytic = new(1, At, RubricKind.Analytic,
    [
        new LevelCriterion("thesis", "Thesis", "",
            [new Level("strong", "Strong", "", 4m), new Level("weak", "Weak", "", 1m)], Weight: 2m),
        new LevelCriterion("evidence", "Evidence", "",
            [new Level("high", "High", "", 10m, 7m), new Level("low", "Low", "", 6m, 0m)]),
        new FreeFormCriterion("style", "Style", "", 5m),
    ], []);

    private static readonly RubricVersion Ib = new(1, At, RubricKind.IbMarkbands,
    [
        new MarkbandCriterion("a", "A", "", [new Markband("a0", 0, 0, ""), new Markband("a1", 1, 2, ""), new Markband("a2", 3, 4, "")]),
        new MarkbandCriterion("b", "B", "", [new Markband("b0", 0, 0, ""), new Markband("b1", 1, 2, ""), new Markband("b2", 3, 4, "")]),
    ], [new GradeBoundary(1, 0m), new GradeBoundary(4, 4m), new GradeBoundary(7, 8m)]);

    [Fact]
    public void Weighted_levels_ranges_and_free_form_points_add_up()
    {
        var result = RubricScorer.Score(Analytic, new Selections(
        [
            new LevelSelection("thesis", "strong"),
            new LevelSelection("evidence", "high", 8.5m),
            new PointsSelection("style", 3m, "Clear sentences"),
        ]), 30m).Value!;

        Assert.Equal([8m, 8.5m, 3m], result.Criteria.Select(c => c.Points));
        Assert.Equal(19.5m, result.Total);
        Assert.Equal(23m, result.Maximum);
        Assert.Equal(84.78m, result.Percentage); // 84.7826…
        Assert.Equal(25.43m, result.LmsPoints); // 19.5 × 30 ÷ 23 = 25.4347…
        Assert.True(result.IsComplete);
        Assert.Equal("Clear sentences", result.Criteria[2].Comment);
    }

    [Fact]
    public void Half_cents_round_away_from_zero()
    {
        var version = new RubricVersion(1, At, RubricKind.Analytic,
            [new FreeFormCriterion("x", "X", "", 8m)], []);
        // 1 × 1 ÷ 8 = 0.125 → 0.13 (banker's rounding would give 0.12); 3 × 0.1 ÷ 8 = 0.0375 → 0.04
        Assert.Equal(0.13m, RubricScorer.Score(version, new Selections([new PointsSelection("x", 1m)]), 1m).Value!.LmsPoints);
        Assert.Equal(0.04m, RubricScorer.Score(version, new Selections([new PointsSelection("x", 3m)]), 0.1m).Value!.LmsPoints);
    }

    [Fact]
    public void Missing_selections_score_zero_and_are_listed()
    {
        var result = RubricScorer.Score(Analytic, new Selections([new LevelSelection("thesis", "weak")]), 23m).Value!;

        Assert.Equal(2m, result.Total);
        Assert.Equal(["evidence", "style"], result.UnscoredCriteria);
        Assert.False(result.IsComplete);
    }

    [Fact]
    public void Invalid_selections_come_back_as_sentences()
    {
        var result = RubricScorer.Score(Analytic, new Selections(
        [
            new LevelSelection("thesis", "brilliant"),
            new LevelSelection("evidence", "high"),
            new PointsSelection("style", 6m),
            new PointsSelection("ghost", 1m),
        ]), 23m);

        Assert.False(result.IsValid);
        Assert.Equal(
        [
            "The rubric has no criterion 'ghost'.",
            "'Thesis' has no level 'brilliant'.",
            "Level 'High' of 'Evidence' covers 7–10 points; enter the points.",
            "'Style' takes 0 to 5 points, not 6.",
        ], result.Problems.Select(p => p.Message));
    }

    [Fact]
    public void A_mark_outside_its_band_is_refused()
    {
        var result = RubricScorer.Score(Ib, new Selections([new MarkSelection("a", "a1", 3)]), 7m);

        Assert.Equal("A mark of 3 is outside the 1–2 band of 'A'.", Assert.Single(result.Problems).Message);
    }

    [Fact]
    public void A_selection_of_the_wrong_kind_is_refused()
    {
        var result = RubricScorer.Score(Ib, new Selections([new LevelSelection("a", "a1")]), 7m);

        Assert.Equal("'A' is not marked that way; choose a markband and a mark within it.", Assert.Single(result.Problems).Message);
    }

    [Theory]
    [InlineData(0, 0, 1)]
    [InlineData(2, 1, 1)]
    [InlineData(3, 1, 4)]
    [InlineData(4, 4, 7)]
    public void Markband_totals_convert_to_grades(int markA, int markB, int grade)
    {
        var band = (MarkbandCriterion c, int mark) => c.Bands.Single(b => b.Minimum <= mark && mark <= b.Maximum).Id;
        var result = RubricScorer.Score(Ib, new Selections(
        [
            new MarkSelection("a", band((MarkbandCriterion)Ib.Criteria[0], markA), markA),
            new MarkSelection("b", band((MarkbandCriterion)Ib.Criteria[1], markB), markB),
        ]), 7m).Value!;

        Assert.Equal(grade, result.IbGrade);
    }

    [Fact]
    public void Feedback_only_single_point_rubric_sends_no_points()
    {
        var version = new RubricVersion(1, At, RubricKind.SinglePoint, [new SinglePointCriterion("claim", "Claim", "States a clear claim")], []);

        var result = RubricScorer.Score(version, new Selections([new OutcomeSelection("claim", SinglePointOutcome.Exceeds, "Bold")]), 10m).Value!;

        Assert.Null(result.LmsPoints);
        Assert.Equal("exceeds", result.Criteria[0].LevelKey);
    }

    [Fact]
    public void A_broken_version_or_maximum_is_reported_not_thrown()
    {
        var broken = Analytic with { Kind = RubricKind.Holistic };

        var result = RubricScorer.Score(broken, Selections.None, 0m);

        Assert.Contains(result.Problems, p => p.Message.StartsWith("The line item's maximum score must be above 0", StringComparison.Ordinal));
        Assert.Contains(result.Problems, p => p.Message == "A holistic rubric has exactly one scale.");
        Assert.Contains(result.Problems, p => p.Message == "Criterion 'Style' cannot be part of a holistic rubric.");
    }

    [Fact]
    public void A_comment_alone_leaves_its_criterion_unscored_and_keeps_the_comment()
    {
        var result = RubricScorer.Score(Analytic, new Selections(
        [
            new LevelSelection("thesis", "weak"),
            new CommentSelection("evidence", "Quote the interview, not the summary."),
        ]), 23m).Value!;

        Assert.Equal(2m, result.Total);
        Assert.Equal(["evidence", "style"], result.UnscoredCriteria);
        Assert.False(result.IsComplete);
        Assert.Equal((0m, null, "Quote the interview, not the summary."), (result.Criteria[1].Points, result.Criteria[1].LevelKey, result.Criteria[1].Comment));
    }

    [Fact]
    public void A_comment_alone_and_a_level_for_one_criterion_are_marked_twice()
    {
        var result = RubricScorer.Score(Analytic, new Selections(
            [new CommentSelection("thesis", "Sharper, please."), new LevelSelection("thesis", "weak")]), 23m);

        Assert.Equal("Criterion 'thesis' was marked more than once.", Assert.Single(result.Problems).Message);
    }
}
