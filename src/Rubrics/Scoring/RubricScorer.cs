namespace LtiPathways.Rubrics;

/// <summary>
/// Scores an assessment: rubric version + selections → criterion scores, total, percentage and LMS points.
/// </summary>
/// <remarks>
/// Rounding rule (the only one): all arithmetic is <see cref="decimal"/> and exact up to the last step.
/// <c>LmsPoints = round(Total × scoreMaximum ÷ Maximum, 2)</c> and <c>Percentage = round(Total × 100 ÷ Maximum, 2)</c>,
/// rounding half away from zero to 2 decimals, applied once to the exact total (never to criterion scores).
/// So a total of 0 sends 0 and a full total sends scoreMaximum exactly (for a scoreMaximum of at most 2 decimals).
/// Criteria without a selection, or with only a <see cref="CommentSelection"/>, score 0 and are listed in
/// <see cref="ScoreResult.UnscoredCriteria"/>; a comment alone still travels in the criterion's score.
/// </remarks>
public static class RubricScorer
{
    public const int LmsDecimals = 2;

    public static Validated<ScoreResult> Score(RubricVersion version, Selections selections, decimal scoreMaximum)
    {
        var problems = new List<Problem>();
        if (scoreMaximum <= 0m)
        {
            problems.Add(new($"The line item's maximum score must be above 0, not {scoreMaximum}.", "scoreMaximum"));
        }
        problems.AddRange(RubricVersionRules.Check(version));
        if (problems.Count > 0)
        {
            return Validated<ScoreResult>.Invalid(problems);
        }
        foreach (var selection in selections.Items.Where(s => version.FindCriterion(s.CriterionId) is null))
        {
            problems.Add(new($"The rubric has no criterion '{selection.CriterionId}'.", selection.CriterionId));
        }
        foreach (var duplicate in selections.Items.GroupBy(s => s.CriterionId).Where(g => g.Count() > 1))
        {
            problems.Add(new($"Criterion '{duplicate.Key}' was marked more than once.", duplicate.Key));
        }
        var scores = new List<CriterionScore>();
        var unscored = new List<string>();
        foreach (var criterion in version.Criteria)
        {
            var selection = selections.For(criterion.Id);
            if (selection is null or CommentSelection)
            {
                unscored.Add(criterion.Id);
                scores.Add(new(criterion.Id, 0m, criterion.MaximumPoints, null, selection?.Comment));
                continue;
            }
            var (score, problem) = CriterionScoring.Score(criterion, selection);
            if (problem is not null)
            {
                problems.Add(problem);
            }
            else
            {
                scores.Add(score!);
            }
        }
        return problems.Count > 0
            ? Validated<ScoreResult>.Invalid(problems)
            : Validated<ScoreResult>.Valid(Assemble(version, scores, unscored, scoreMaximum));
    }

    /// <summary>Totals criterion scores and applies the rounding rule; used for averaged moderation marks too.</summary>
    internal static ScoreResult Assemble(
        RubricVersion version, IEnumerable<CriterionScore> scores, IEnumerable<string> unscored, decimal scoreMaximum)
    {
        var criteria = scores.ToValueList();
        var total = criteria.Sum(s => s.Points);
        var maximum = version.MaximumPoints;
        decimal? percentage = maximum == 0m ? null : Round(total * 100m / maximum);
        decimal? lmsPoints = maximum == 0m ? null : Round(total * scoreMaximum / maximum);
        var grade = version.Kind == RubricKind.IbMarkbands ? version.GradeFor(total) : null;
        return new(criteria, total, maximum, percentage, lmsPoints, scoreMaximum, grade, unscored.ToValueList());
    }

    private static decimal Round(decimal value) => Math.Round(value, LmsDecimals, MidpointRounding.AwayFromZero);
}
