namespace LtiPathways.Rubrics;

/// <summary>How two markers compare on one criterion. Free-form criteria agree when the points match.</summary>
public sealed record CriterionAgreement(string CriterionId, string? LevelA, string? LevelB, decimal PointsA, decimal PointsB)
{
    public bool SameLevel => LevelA == LevelB && (LevelA is not null || PointsA == PointsB);

    /// <summary>Marker B's points minus marker A's, weight included.</summary>
    public decimal Difference => PointsB - PointsA;
}
