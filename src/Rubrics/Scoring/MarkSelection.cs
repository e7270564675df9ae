namespace LtiPathways.Rubrics;

/// <summary>The best-fit band and a whole mark within it.</summary>
public sealed record MarkSelection(string CriterionId, string BandId, int Mark, string? Comment = null)
    : Selection(CriterionId, Comment);
