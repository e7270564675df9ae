namespace LtiPathways.Rubrics.Tests.Versioning;

public class RubricVersioningTests
{
    private static readonly DateTimeOffset Created = new(2025, 9, 1, 8, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Edited = Created.AddDays(30);

    private static LevelCriterion Thesis(decimal strongPoints) => new("thesis", "Thesis", "",
        [new Level("strong", "Strong", "", strongPoints), new Level("weak", "Weak", "", 1m)]);

    private static readonly LevelCriterion Evidence = new("evidence", "Evidence", "",
        [new Level("good", "Good", "", 4m), new Level("thin", "Thin", "", 2m)]);

    private static readonly Rubric Essay = new("r1", "Essay", "teacher-1", ShareScope.Course, "course-9",
        [new RubricVersion(1, Created, RubricKind.Analytic, [Thesis(4m), Evidence], [])]);

    [Fact]
    public void Editing_a_rubric_with_assessments_adds_a_version_and_keeps_the_old_one()
    {
        var edit = RubricVersioning.Edit(Essay, [Thesis(6m), Evidence], hasAssessments: true, Edited).Value!;

        Assert.True(edit.IsNewVersion);
        Assert.Equal([1, 2], edit.Rubric.Versions.Select(v => v.Number));
        Assert.Equal(Essay.Current, edit.Rubric.FindVersion(1));
        Assert.Equal(Edited, edit.Rubric.Current.CreatedAt);
        Assert.Equal(10m, edit.Rubric.Current.MaximumPoints);
    }

    [Fact]
    public void Editing_a_rubric_without_assessments_changes_it_in_place()
    {
        var edit = RubricVersioning.Edit(Essay, [Thesis(6m)], hasAssessments: false, Edited).Value!;

        Assert.False(edit.IsNewVersion);
        var only = Assert.Single(edit.Rubric.Versions);
        Assert.Equal((1, Created), (only.Number, only.CreatedAt));
        Assert.Equal(6m, only.MaximumPoints);
    }

    [Fact]
    public void An_edit_that_breaks_the_rubric_is_refused()
    {
        var broken = new LevelCriterion("thesis", "Thesis", "", [], Weight: 0m);

        var edit = RubricVersioning.Edit(Essay, [broken], hasAssessments: true, Edited);

        Assert.False(edit.IsValid);
        Assert.Equal(["Criterion 'Thesis' needs a weight above 0.", "Criterion 'Thesis' has no levels."],
            edit.Problems.Select(p => p.Message));
    }

    [Fact]
    public void Preview_shows_which_scores_change_and_what_cannot_be_moved()
    {
        var v2 = RubricVersioning.Edit(Essay,
            [Thesis(6m), new LevelCriterion("evidence", "Evidence", "", [new Level("good", "Good", "", 4m)])],
            hasAssessments: true, Edited).Value!.Version;
        AssessedWork[] work =
        [
            new("ana", new Selections([new LevelSelection("thesis", "strong"), new LevelSelection("evidence", "good")])),
            new("ben", new Selections([new LevelSelection("thesis", "weak"), new LevelSelection("evidence", "good")])),
            new("cal", new Selections([new LevelSelection("thesis", "weak"), new LevelSelection("evidence", "thin")])),
        ];

        var changes = RubricVersioning.PreviewScoreChanges(Essay.Current, v2, work, scoreMaximum: 10m);

        Assert.Equal([(8m, 10m, true), (5m, 5m, true), (3m, 1m, true)],
            changes.Select(c => (c.Before!.Total, c.After!.Total, c.Changed)));
        // Ben's total stays 5 but the maximum grows from 8 to 10, so his LMS points drop: that counts as a change.
        Assert.Equal((6.25m, 5m), (changes[1].Before!.LmsPoints!.Value, changes[1].After!.LmsPoints!.Value));
        Assert.Equal("Cannot be moved to version 2: 'Evidence' has no level 'thin'.", Assert.Single(changes[2].NotMoved).Message);
        Assert.Single(changes[2].MovedSelections.Items);
    }

    [Fact]
    public void A_comment_alone_moves_to_the_new_version_while_its_criterion_is_there()
    {
        var v2 = RubricVersioning.Edit(Essay, [Thesis(6m)], hasAssessments: true, Edited).Value!.Version;
        AssessedWork[] work =
        [
            new("dee", new Selections([new CommentSelection("thesis", "Argue one thing."), new CommentSelection("evidence", "Cite the lab.")])),
        ];

        var change = Assert.Single(RubricVersioning.PreviewScoreChanges(Essay.Current, v2, work, scoreMaximum: 10m));

        Assert.Equal([new CommentSelection("thesis", "Argue one thing.")], change.MovedSelections.Items);
        Assert.Equal("Criterion 'evidence' is not in version 2.", Assert.Single(change.NotMoved).Message);
        Assert.Equal((0m, 0m), (change.Before!.Total, change.After!.Total));
    }
}
