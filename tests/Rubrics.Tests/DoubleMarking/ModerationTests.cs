using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace LtiPathways.Rubrics.Tests.DoubleMarking;

public class ModerationTests
{
    private static readonly DateTimeOffset At = new(2026, 4, 1, 10, 0, 0, TimeSpan.Zero);
    private static readonly RubricVersion Rp = RubricTemplates.Find("ib-cp-reflective-project")!.Version;

    private static Selections Marks(params (string Criterion, int Mark)[] marks) => new(marks.Select(m =>
    {
        var band = ((MarkbandCriterion)Rp.FindCriterion(m.Criterion)!).Bands.Single(b => b.Minimum <= m.Mark && m.Mark <= b.Maximum);
        return (Selection)new MarkSelection(m.Criterion, band.Id, m.Mark);
    }).ToValueList());

    private static readonly MarkerMarks A = new("ms-ames",
        Marks(("focus", 5), ("context", 4), ("thinking", 7), ("communication", 6), ("reflection", 3)));

    private static readonly MarkerMarks B = new("mr-bello",
        Marks(("focus", 6), ("context", 3), ("thinking", 7), ("communication", 4), ("reflection", 3)));

    [Fact]
    public void Agreement_is_shown_per_criterion_and_overall()
    {
        var report = AgreementReport.Compare(Rp, A.Selections, B.Selections).Value!;

        Assert.Equal([true, true, true, false, true], report.Criteria.Select(c => c.SameLevel));
        Assert.Equal([1m, -1m, 0m, -2m, 0m], report.Criteria.Select(c => c.Difference));
        Assert.Equal((25m, 23m, -2m), (report.TotalA, report.TotalB, report.TotalDifference));
        Assert.Equal(0.8m, report.AgreementRate); // 4 and 3 are both in the 3–4 band
        Assert.Equal(2m, report.LargestDifference);
    }

    [Fact]
    public void Picking_a_marker_keeps_their_selections_and_records_who_decided()
    {
        var decision = new ModerationDecision(ModerationChoice.PickB, "coordinator-1", "B read the reflection journal too", At);

        var outcome = Moderation.Resolve(Rp, A, B, decision, 7m).Value!;

        Assert.Equal(B.Selections, outcome.FinalSelections);
        Assert.Equal(23m, outcome.FinalScore.Total);
        Assert.Equal(new ModerationRecord("ms-ames", "mr-bello", 25m, 23m, decision, 23m), outcome.Record);
    }

    [Fact]
    public void Averaging_keeps_half_marks_and_rounds_only_the_lms_points()
    {
        var decision = new ModerationDecision(ModerationChoice.Average, "coordinator-1", "Close enough to average", At);

        var outcome = Moderation.Resolve(Rp, A, B, decision, 7m).Value!;

        Assert.Null(outcome.FinalSelections);
        Assert.Equal([5.5m, 3.5m, 7m, 5m, 3m], outcome.FinalScore.Criteria.Select(c => c.Points));
        Assert.Equal(24m, outcome.FinalScore.Total);
        Assert.Equal(5.25m, outcome.FinalScore.LmsPoints); // 24 × 7 ÷ 32
        Assert.Equal(6, outcome.FinalScore.IbGrade); // 24 reaches the illustrative boundary of 23
    }

    [Fact]
    public void An_own_mark_needs_selections_and_a_name()
    {
        var noSelections = Moderation.Resolve(Rp, A, B, new(ModerationChoice.Own, "coordinator-1", "", At), 7m);
        var noName = Moderation.Resolve(Rp, A, B, new(ModerationChoice.PickA, " ", "", At), 7m);

        Assert.Equal("Choosing your own mark needs your selections.", Assert.Single(noSelections.Problems).Message);
        Assert.Equal("A moderation decision needs the name of the person who made it.", Assert.Single(noName.Problems).Message);
    }

    [Fact]
    public void Averaging_half_marked_work_is_refused()
    {
        var partial = A with { Selections = Marks(("focus", 5)) };

        var result = Moderation.Resolve(Rp, partial, B, new(ModerationChoice.Average, "c", "", At), 7m);

        Assert.Equal("Both markers must mark every criterion before their marks can be averaged.", Assert.Single(result.Problems).Message);
    }

    [Property]
    public Property The_average_lies_between_the_two_markers() =>
        Prop.ForAll(RubricGenerators.AnyScorable
            .SelectMany(v => RubricGenerators.CompleteSelections(v).Two().Select(s => (v, s.Item1, s.Item2))).ToArbitrary(), input =>
        {
            var (version, a, b) = input;
            var outcome = Moderation.Resolve(version, new("a", a), new("b", b), new(ModerationChoice.Average, "m", "", At), 10m).Value!;
            var (low, high) = (outcome.Record.TotalA, outcome.Record.TotalB) is var (x, y) && x <= y ? (x, y) : (y, x);
            Assert.InRange(outcome.FinalScore.Total, low, high);
            Assert.Equal((outcome.Record.TotalA + outcome.Record.TotalB) / 2m, outcome.FinalScore.Total);
        });

    [Fact]
    public void A_comment_alone_counts_as_unmarked_in_agreement_and_blocks_an_average()
    {
        var commented = A with
        {
            Selections = A.Selections with
            {
                Items = A.Selections.Items.Select(s => s.CriterionId == "focus" ? new CommentSelection("focus", "Narrow the question.") : s).ToValueList(),
            },
        };

        var report = AgreementReport.Compare(Rp, commented.Selections, B.Selections).Value!;
        var average = Moderation.Resolve(Rp, commented, B, new(ModerationChoice.Average, "c", "", At), 7m);
        var picked = Moderation.Resolve(Rp, commented, B, new(ModerationChoice.PickA, "c", "", At), 7m).Value!;

        Assert.Equal((0m, 6m, false), (report.Criteria[0].PointsA, report.Criteria[0].PointsB, report.Criteria[0].SameLevel));
        Assert.Equal(20m, report.TotalA); // 25 without focus's 5
        Assert.Equal("Both markers must mark every criterion before their marks can be averaged.", Assert.Single(average.Problems).Message);
        Assert.False(picked.FinalScore.IsComplete);
        Assert.Equal(["focus"], picked.FinalScore.UnscoredCriteria);
    }
}
