namespace LtiPathways.Rubrics;

/// <summary>Points entered for a free-form criterion, before its weight.</summary>
public sealed record PointsSelection(string CriterionId, decimal Points, string? Comment = null)
    : Selection(CriterionId, Comment);
