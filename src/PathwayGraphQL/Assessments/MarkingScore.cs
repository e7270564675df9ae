using LtiPathways.Rubrics;

namespace LtiPathways.PathwayGraphQL.Assessments;

/// <summary>The running total as the grading page shows it, and the points it will send to the LMS.</summary>
public record MarkingScore(decimal Total, decimal Maximum, decimal? LmsPoints, decimal ScoreMaximum, bool Complete, int? IbGrade, IReadOnlyList<string> Unscored)
{
    public static MarkingScore From(ScoreResult result) => new(
        result.Total, result.Maximum, result.LmsPoints, result.ScoreMaximum, result.IsComplete, result.IbGrade, result.UnscoredCriteria);

    /// <summary>A moderated average: an exact total without selections, scaled by the same rounding rule.</summary>
    public static MarkingScore Averaged(RubricVersion version, decimal total, decimal scoreMaximum)
    {
        var maximum = version.MaximumPoints;
        decimal? lms = maximum == 0m ? null : Math.Round(total * scoreMaximum / maximum, RubricScorer.LmsDecimals, MidpointRounding.AwayFromZero);
        return new(total, maximum, lms, scoreMaximum, true, version.Kind == RubricKind.IbMarkbands ? version.GradeFor(total) : null, []);
    }
}
