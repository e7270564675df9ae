namespace LtiPathways.Rubrics.Tests.Statistics;

public class RubricStatisticsTests
{
    private static readonly RubricVersion Essay = RubricTemplates.Find("single-point-essay")!.Version;

    private static ScoreResult Score(params SinglePointOutcome[] outcomes) => RubricScorer.Score(Essay,
        new Selections(Essay.Criteria.Zip(outcomes).Select(p => (Selection)new OutcomeSelection(p.First.Id, p.Second)).ToValueList()),
        20m).Value!;

    [Fact]
    public void Counts_levels_and_averages_each_criterion_and_the_total()
    {
        const SinglePointOutcome C = SinglePointOutcome.Concerns, M = SinglePointOutcome.Meets, E = SinglePointOutcome.Exceeds;
        ScoreResult[] results = [Score(E, M, M, C, M), Score(M, M, C, C, M), Score(E)];

        var stats = RubricStatistics.Compute(Essay, results);

        Assert.Equal(3, stats.AssessmentCount);
        var claim = stats.Criteria[0];
        Assert.Equal((3, 4m - 1m / 3m), (claim.ScoredCount, claim.Mean!.Value)); // (4 + 3 + 4) / 3
        Assert.Equal([("concerns", 0), ("meets", 1), ("exceeds", 2)], claim.Levels.Select(l => (l.LevelKey, l.Count)));
        var conventions = stats.Criteria[4];
        Assert.Equal((2, 3m), (conventions.ScoredCount, conventions.Mean!.Value)); // the third result left it unscored
        Assert.Equal((14m + 11m + 4m) / 3m, stats.MeanTotal);
    }

    [Fact]
    public void No_results_means_no_means_but_every_level_listed()
    {
        var version = RubricTemplates.Find("ib-cp-reflective-project")!.Version;

        var stats = RubricStatistics.Compute(version, []);

        Assert.Null(stats.MeanTotal);
        Assert.All(stats.Criteria, c => Assert.Null(c.Mean));
        Assert.Equal(["0", "1–2", "3–4", "5–6"], stats.Criteria[0].Levels.Select(l => l.Title));
        Assert.Equal(5, stats.Criteria[2].Levels.Count);
    }

    [Fact]
    public void A_comment_alone_is_not_counted_as_a_level_or_in_the_mean()
    {
        var commented = RubricScorer.Score(Essay,
            new Selections([new CommentSelection(Essay.Criteria[0].Id, "Say what you will argue in the first paragraph.")]), 20m).Value!;

        var stats = RubricStatistics.Compute(Essay, [Score(SinglePointOutcome.Exceeds), commented]);

        var claim = stats.Criteria[0];
        Assert.Equal((1, 4m), (claim.ScoredCount, claim.Mean!.Value));
        Assert.Equal(1, claim.Levels.Sum(l => l.Count));
        Assert.Equal(2m, stats.MeanTotal); // (4 + 0) / 2: the total of work with a comment alone is what it scored so far
    }
}
