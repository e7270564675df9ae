namespace LtiPathways.Rubrics.Tests.Templates;

public class RubricTemplatesTests
{
    public static TheoryData<string> Keys() => [.. RubricTemplates.All.Select(t => t.Key)];

    [Theory]
    [MemberData(nameof(Keys))]
    public void Every_template_is_a_valid_rubric(string key)
    {
        var template = RubricTemplates.Find(key)!;

        Assert.Empty(RubricVersionRules.Check(template.Version));
        Assert.All(template.Version.Criteria, c => Assert.False(string.IsNullOrWhiteSpace(c.Title)));
    }

    [Fact]
    public void The_library_has_the_seven_templates_with_distinct_keys()
    {
        Assert.Equal(7, RubricTemplates.All.Select(t => t.Key).Distinct().Count());
        Assert.Contains(RubricTemplates.All, t => t.Title == "Community Engagement" && t.Summary.Contains("Service Learning", StringComparison.Ordinal));
        Assert.Contains(RubricTemplates.All, t => t.Title == "Language and Cultural Studies" && t.Summary.Contains("Language Development", StringComparison.Ordinal));
    }

    [Fact]
    public void Reflective_project_scores_marks_and_converts_to_a_grade()
    {
        var version = RubricTemplates.Find("ib-cp-reflective-project")!.Version;
        Assert.Equal(RubricKind.IbMarkbands, version.Kind);
        Assert.Equal(5, version.Criteria.Count);
        Assert.Equal(32m, version.MaximumPoints);

        var result = RubricScorer.Score(version, new Selections(
        [
            new MarkSelection("focus", "focus-5-6", 5),
            new MarkSelection("context", "context-3-4", 4),
            new MarkSelection("thinking", "thinking-7-8", 7),
            new MarkSelection("communication", "communication-5-6", 6),
            new MarkSelection("reflection", "reflection-3-4", 3),
        ]), scoreMaximum: 7m).Value!;

        Assert.Equal(25m, result.Total);
        Assert.Equal(6, result.IbGrade);
        Assert.Equal(5.47m, result.LmsPoints); // 25 × 7 ÷ 32 = 5.46875
    }

    [Fact]
    public void Presentation_scores_ranges_and_free_form_points()
    {
        var version = RubricTemplates.Find("presentation-podcast")!.Version;

        var result = RubricScorer.Score(version, new Selections(
        [
            new LevelSelection("content", "content-high", 9m),
            new LevelSelection("structure", "structure-mid", 3m),
            new LevelSelection("delivery", "delivery-high", 4.5m),
            new PointsSelection("timing", 5m),
        ]), scoreMaximum: 100m).Value!;

        Assert.Equal((21.5m, 25m, 86m), (result.Total, result.Maximum, result.LmsPoints!.Value));
    }

    [Fact]
    public void Employability_weights_safety_double()
    {
        var version = RubricTemplates.Find("cte-employability-skills")!.Version;
        var allSecure = new Selections(version.Criteria.Select(c => (Selection)new LevelSelection(c.Id, $"{c.Id}-3")).ToValueList());

        var result = RubricScorer.Score(version, allSecure, 24m).Value!;

        Assert.Equal((18m, 24m, 18m), (result.Total, result.Maximum, result.LmsPoints!.Value));
        Assert.Equal(6m, result.Criteria.Single(c => c.CriterionId == "safety").Points);
    }

    [Fact]
    public void A_copy_starts_at_version_one_owned_by_the_teacher()
    {
        var copiedAt = new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);

        var copy = RubricTemplates.Find("single-point-essay")!.Copy("r-42", "teacher-7", ShareScope.Institution, "school-1", copiedAt);

        Assert.Equal(("r-42", "teacher-7", ShareScope.Institution), (copy.Id, copy.OwnerId, copy.Scope));
        Assert.Equal((1, copiedAt), (copy.Current.Number, copy.Current.CreatedAt));
        Assert.Equal(20m, copy.Current.MaximumPoints);
    }
}
