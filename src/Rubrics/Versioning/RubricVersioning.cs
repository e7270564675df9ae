namespace LtiPathways.Rubrics;

/// <summary>Versions instead of locks: edits, and which scores would change when work moves to a new version.</summary>
public static class RubricVersioning
{
    /// <summary>
    /// Applies new criteria (and optionally new grade boundaries). When the current version has assessments
    /// the edit becomes a new version numbered one higher, so those assessments keep the version they used;
    /// otherwise the current version is changed in place.
    /// </summary>
    public static Validated<RubricEdit> Edit(
        Rubric rubric,
        IEnumerable<Criterion> newCriteria,
        bool hasAssessments,
        DateTimeOffset editedAt,
        IEnumerable<GradeBoundary>? newGradeBoundaries = null)
    {
        var current = rubric.Current;
        var edited = current with
        {
            Criteria = newCriteria.ToValueList(),
            GradeBoundaries = newGradeBoundaries?.ToValueList() ?? current.GradeBoundaries,
        };
        if (hasAssessments)
        {
            edited = edited with { Number = rubric.Versions.Max(v => v.Number) + 1, CreatedAt = editedAt };
        }
        var problems = RubricVersionRules.Check(edited);
        if (problems.Count > 0)
        {
            return Validated<RubricEdit>.Invalid(problems);
        }
        var versions = hasAssessments
            ? rubric.Versions.Append(edited)
            : rubric.Versions.Take(rubric.Versions.Count - 1).Append(edited);
        return Validated<RubricEdit>.Valid(new(rubric with { Versions = versions.ToValueList() }, edited, hasAssessments));
    }

    /// <summary>
    /// For each assessment: its score on the old version, the score its selections would give on the new one,
    /// and which selections cannot be carried over (matched by criterion id and level, band or outcome).
    /// </summary>
    public static ValueList<ScoreChange> PreviewScoreChanges(
        RubricVersion oldVersion, RubricVersion newVersion, IEnumerable<AssessedWork> assessments, decimal scoreMaximum) =>
        assessments.Select(work => Preview(oldVersion, newVersion, work, scoreMaximum)).ToValueList();

    private static ScoreChange Preview(RubricVersion oldVersion, RubricVersion newVersion, AssessedWork work, decimal scoreMaximum)
    {
        var moved = new List<Selection>();
        var notMoved = new List<Problem>();
        foreach (var selection in work.Selections.Items)
        {
            if (newVersion.FindCriterion(selection.CriterionId) is not { } criterion)
            {
                notMoved.Add(new($"Criterion '{selection.CriterionId}' is not in version {newVersion.Number}.", selection.CriterionId));
                continue;
            }
            // A comment alone fits any criterion with the same id.
            var problem = selection is CommentSelection ? null : CriterionScoring.Score(criterion, selection).Problem;
            if (problem is null)
            {
                moved.Add(selection);
            }
            else
            {
                notMoved.Add(problem with { Message = $"Cannot be moved to version {newVersion.Number}: {problem.Message}" });
            }
        }
        var movedSelections = work.Selections with { Items = moved.ToValueList() };
        return new(
            work.AssessmentId,
            RubricScorer.Score(oldVersion, work.Selections, scoreMaximum).Value,
            RubricScorer.Score(newVersion, movedSelections, scoreMaximum).Value,
            movedSelections,
            notMoved.ToValueList());
    }
}
