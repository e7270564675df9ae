namespace LtiPathways.Rubrics;

/// <summary>Agreement between two markers per criterion and overall, for the moderator.</summary>
public sealed record AgreementReport(ValueList<CriterionAgreement> Criteria, decimal TotalA, decimal TotalB)
{
    public int SameLevelCount => Criteria.Count(c => c.SameLevel);

    /// <summary>Share of criteria on which both chose the same level, 0 to 1, exact.</summary>
    public decimal AgreementRate => Criteria.Count == 0 ? 1m : (decimal)SameLevelCount / Criteria.Count;

    public decimal TotalDifference => TotalB - TotalA;

    public decimal LargestDifference => Criteria.Count == 0 ? 0m : Criteria.Max(c => Math.Abs(c.Difference));

    public static Validated<AgreementReport> Compare(RubricVersion version, Selections markerA, Selections markerB)
    {
        // The line item maximum does not matter for agreement; any positive value scores the same totals.
        var a = RubricScorer.Score(version, markerA, 1m);
        var b = RubricScorer.Score(version, markerB, 1m);
        if (!a.IsValid || !b.IsValid)
        {
            return Validated<AgreementReport>.Invalid(
                a.Problems.Select(p => p with { Message = $"Marker A: {p.Message}" })
                    .Concat(b.Problems.Select(p => p with { Message = $"Marker B: {p.Message}" })));
        }
        var criteria = a.Value!.Criteria.Zip(b.Value!.Criteria)
            .Select(p => new CriterionAgreement(p.First.CriterionId, p.First.LevelKey, p.Second.LevelKey, p.First.Points, p.Second.Points));
        return Validated<AgreementReport>.Valid(new(criteria.ToValueList(), a.Value.Total, b.Value.Total));
    }
}
