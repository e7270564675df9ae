using LtiPathways.PathwayGraphQL.Data.Rubrics;
using LtiPathways.Rubrics;

namespace LtiPathways.PathwayGraphQL.Assessments;

/// <summary>Reads a stored assessment back into the domain's selections and scores it on its own version.</summary>
public static class AssessmentMarks
{
    public static Selections Selections(RubricAssessment assessment) =>
        (SelectionsJson.Read(assessment.SelectionsJson).Value ?? LtiPathways.Rubrics.Selections.None) with
        {
            OverallComment = assessment.OverallComment.Length == 0 ? null : assessment.OverallComment,
        };

    /// <summary>Null when the stored marks no longer score (which the save rules prevent).</summary>
    public static MarkingScore? Score(RubricAssessment assessment, RubricVersion version, decimal scoreMaximum) =>
        assessment.AveragedTotal is { } averaged
            ? MarkingScore.Averaged(version, averaged, scoreMaximum)
            : RubricScorer.Score(version, Selections(assessment), scoreMaximum).Value is { } result ? MarkingScore.From(result) : null;

    /// <summary>The score as a percentage: the points on a scale of 100, so the one rounding rule of the LMS points holds.</summary>
    public static decimal? Percentage(RubricAssessment assessment, RubricVersion version) => Score(assessment, version, 100m)?.LmsPoints;

    /// <summary>The comment sent to the LMS: the overall comment, then each criterion's comment under its title.</summary>
    public static string FeedbackText(Selections selections, RubricVersion version)
    {
        var lines = new List<string>();
        if (!string.IsNullOrWhiteSpace(selections.OverallComment))
        {
            lines.Add(selections.OverallComment.Trim());
        }
        foreach (var criterion in version.Criteria)
        {
            if (selections.For(criterion.Id)?.Comment is { Length: > 0 } comment)
            {
                lines.Add($"{criterion.Title}: {comment.Trim()}");
            }
        }
        return string.Join("\n", lines);
    }
}
