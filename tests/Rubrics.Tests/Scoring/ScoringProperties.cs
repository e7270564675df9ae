using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using static LtiPathways.Rubrics.Tests.RubricGenerators;

namespace LtiPathways.Rubrics.Tests.Scoring;

public class ScoringProperties
{
    private static ScoreResult ScoreOf(RubricVersion version, Selections selections, decimal scoreMaximum = 100m)
    {
        var result = RubricScorer.Score(version, selections, scoreMaximum);
        Assert.True(result.IsValid, string.Join("; ", result.Problems));
        return result.Value!;
    }

    [Property]
    public Property Scores_stay_within_bounds() =>
        Prop.ForAll(Marked(AnyScorable).Zip(ScoreMaximum).ToArbitrary(), input =>
        {
            var ((version, selections), scoreMaximum) = input;
            var result = ScoreOf(version, selections, scoreMaximum);
            Assert.All(result.Criteria, c => Assert.InRange(c.Points, 0m, c.MaximumPoints));
            Assert.InRange(result.Total, 0m, result.Maximum);
            Assert.InRange(result.LmsPoints!.Value, 0m, scoreMaximum);
            Assert.InRange(result.Percentage!.Value, 0m, 100m);
        });

    [Property]
    public Property Total_is_the_sum_of_the_parts() =>
        Prop.ForAll(Marked(AnyScorable).ToArbitrary(), input =>
        {
            var result = ScoreOf(input.Version, input.Selections);
            Assert.Equal(result.Criteria.Sum(c => c.Points), result.Total);
            Assert.Equal(input.Version.Criteria.Count, result.Criteria.Count);
            Assert.Equal(result.Criteria.Sum(c => c.MaximumPoints), result.Maximum);
        });

    [Property]
    public Property Weights_multiply_the_chosen_points() =>
        Prop.ForAll(Marked(Analytic).ToArbitrary(), input =>
        {
            var result = ScoreOf(input.Version, input.Selections);
            foreach (var (criterion, score) in input.Version.Criteria.Zip(result.Criteria))
            {
                var (raw, weight) = (criterion, input.Selections.For(criterion.Id)) switch
                {
                    (LevelCriterion c, LevelSelection s) => (s.Points ?? c.FindLevel(s.LevelId)!.Points, c.Weight),
                    (FreeFormCriterion c, PointsSelection s) => (s.Points, c.Weight),
                    _ => throw new InvalidOperationException("generator mismatch"),
                };
                Assert.Equal(raw * weight, score.Points);
            }
        });

    [Property]
    public Property Doubling_every_weight_keeps_the_percentage() =>
        Prop.ForAll(Marked(Analytic).ToArbitrary(), input =>
        {
            var doubled = input.Version with
            {
                Criteria = input.Version.Criteria.Select(c => c switch
                {
                    LevelCriterion l => (Criterion)(l with { Weight = l.Weight * 2 }),
                    FreeFormCriterion f => f with { Weight = f.Weight * 2 },
                    _ => c,
                }).ToValueList(),
            };
            var before = ScoreOf(input.Version, input.Selections);
            var after = ScoreOf(doubled, input.Selections);
            Assert.Equal(before.Total * 2, after.Total);
            Assert.Equal(before.Percentage, after.Percentage);
        });

    [Property]
    public Property Raising_one_selection_never_lowers_the_total() =>
        Prop.ForAll(Marked(AnyScorable).Zip(Gen.Choose(0, 5)).ToArbitrary(), input =>
        {
            var ((version, selections), pick) = input;
            var criterion = version.Criteria[pick % version.Criteria.Count];
            var before = ScoreOf(version, selections);
            var raised = Raise(criterion, selections.For(criterion.Id)!);
            var after = ScoreOf(version, selections with
            {
                Items = selections.Items.Select(s => s.CriterionId == criterion.Id ? raised : s).ToValueList(),
            });
            Assert.True(after.Total >= before.Total, $"{before.Total} → {after.Total}");
            Assert.True(after.LmsPoints >= before.LmsPoints);
        });

    [Property]
    public Property Scaling_is_exact_at_both_ends() =>
        Prop.ForAll(AnyScorable.Zip(ScoreMaximum).ToArbitrary(), input =>
        {
            var (version, scoreMaximum) = input;
            var lowest = ScoreOf(version, new Selections(version.Criteria.Select(c => Extreme(c, highest: false)).ToValueList()), scoreMaximum);
            var highest = new Selections(version.Criteria.Select(c => Extreme(c, highest: true)).ToValueList());
            Assert.Equal(0m, ScoreOf(version, Selections.None, scoreMaximum).LmsPoints);
            Assert.True(lowest.Total > 0m || lowest.LmsPoints == 0m);
            Assert.Equal(scoreMaximum, ScoreOf(version, highest, scoreMaximum).LmsPoints);
            Assert.Equal(100m, ScoreOf(version, highest, scoreMaximum).Percentage);
        });

    [Property]
    public Property Ib_grade_rises_with_the_total() =>
        Prop.ForAll(Marked(Markbands).Zip(Gen.Choose(0, 5)).ToArbitrary(), input =>
        {
            var ((version, selections), pick) = input;
            var criterion = version.Criteria[pick % version.Criteria.Count];
            var before = ScoreOf(version, selections);
            var after = ScoreOf(version, selections with
            {
                Items = selections.Items.Select(s => s.CriterionId == criterion.Id ? Raise(criterion, s) : s).ToValueList(),
            });
            Assert.NotNull(before.IbGrade);
            Assert.True(after.IbGrade >= before.IbGrade, $"{before.Total}→{before.IbGrade}, {after.Total}→{after.IbGrade}");
            Assert.InRange(before.IbGrade!.Value, 1, 7);
        });

    [Property]
    public Property A_comment_alone_never_changes_the_score_of_the_other_criteria() =>
        Prop.ForAll(Marked(AnyScorable).Zip(Gen.Choose(0, 5)).ToArbitrary(), input =>
        {
            var ((version, selections), pick) = input;
            var criterion = version.Criteria[pick % version.Criteria.Count];
            var before = ScoreOf(version, selections);
            var commented = selections with
            {
                Items = selections.Items.Select(s => s.CriterionId == criterion.Id ? new CommentSelection(s.CriterionId, "Written first.") : s).ToValueList(),
            };
            var after = ScoreOf(version, commented);
            var missing = ScoreOf(version, selections with { Items = selections.Items.Where(s => s.CriterionId != criterion.Id).ToValueList() });
            Assert.Equal(before.Criteria.Where(c => c.CriterionId != criterion.Id), after.Criteria.Where(c => c.CriterionId != criterion.Id));
            Assert.Equal([criterion.Id], after.UnscoredCriteria);
            Assert.Equal((missing.Total, missing.LmsPoints, missing.IbGrade), (after.Total, after.LmsPoints, after.IbGrade));
            Assert.Equal("Written first.", after.Criteria.Single(c => c.CriterionId == criterion.Id).Comment);
            Assert.Equal(commented, SelectionsJson.Read(SelectionsJson.Write(commented)).Value);
        });

    /// <summary>The selection worth the most on this criterion.</summary>
    private static Selection Raise(Criterion criterion, Selection current) => Extreme(criterion, highest: true) with { Comment = current.Comment };

    private static Selection Extreme(Criterion criterion, bool highest) => criterion switch
    {
        LevelCriterion c when highest => Top(c),
        LevelCriterion c => Bottom(c),
        FreeFormCriterion c => new PointsSelection(c.Id, highest ? c.MaximumEntered : 0m),
        SinglePointCriterion c => new OutcomeSelection(c.Id, highest ? SinglePointOutcome.Exceeds : SinglePointOutcome.Concerns),
        MarkbandCriterion c when highest => new MarkSelection(c.Id, c.Bands.MaxBy(b => b.Maximum)!.Id, c.Bands.Max(b => b.Maximum)),
        MarkbandCriterion c => new MarkSelection(c.Id, c.Bands.MinBy(b => b.Minimum)!.Id, 0),
        _ => throw new ArgumentOutOfRangeException(nameof(criterion)),
    };

    private static LevelSelection Top(LevelCriterion c)
    {
        var level = c.Levels.MaxBy(l => l.Points)!;
        return new(c.Id, level.Id, level.IsRange ? level.Points : null);
    }

    private static LevelSelection Bottom(LevelCriterion c)
    {
        var level = c.Levels.MinBy(l => l.MinimumPoints ?? l.Points)!;
        return new(c.Id, level.Id, level.MinimumPoints);
    }
}
