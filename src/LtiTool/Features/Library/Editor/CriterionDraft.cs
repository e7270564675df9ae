namespace LtiPathways.LtiTool.Features.Library.Editor;

/// <summary>
/// One criterion as typed. <see cref="Rows"/> are its levels, or its markbands (From–Points, Description the descriptor);
/// Concerns/Meets/Exceeds are a single-point criterion's points, all blank for feedback only.
/// </summary>
public sealed record CriterionDraft(
    string Id,
    CriterionShape Shape,
    string Title,
    string Description,
    string Weight,
    string Maximum,
    IReadOnlyList<RowDraft> Rows,
    string Concerns = "",
    string Meets = "",
    string Exceeds = "");
