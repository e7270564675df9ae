namespace LtiPathways.LtiTool.Features.Library.Editor;

/// <summary>The engine's criterion kinds, as the form draws them.</summary>
public enum CriterionShape
{
    Levels,
    PointsEntered,
    SinglePoint,
    Markbands,
}
