namespace LtiPathways.Rubrics;

/// <summary>
/// An immutable version of a rubric. Assessments point at a version, so editing a rubric
/// that has assessments adds a version instead of changing this one.
/// </summary>
public sealed record RubricVersion(
    int Number,
    DateTimeOffset CreatedAt,
    RubricKind Kind,
    ValueList<Criterion> Criteria,
    ValueList<GradeBoundary> GradeBoundaries)
{
    public decimal MaximumPoints => Criteria.Sum(c => c.MaximumPoints);

    public Criterion? FindCriterion(string criterionId) => Criteria.FirstOrDefault(c => c.Id == criterionId);

    /// <summary>The grade of the highest boundary the total reaches; null when the version has no boundaries.</summary>
    public int? GradeFor(decimal total) =>
        GradeBoundaries.Where(b => b.MinimumTotal <= total).OrderByDescending(b => b.MinimumTotal)
            .Select(b => (int?)b.Grade).FirstOrDefault();
}
