namespace LtiPathways.LtiTool.Features.Grading;

/// <summary>Where a student's work stands, as the class list's filter names it.</summary>
public enum StudentShow
{
    All,
    HandedIn,
    NotMarked,
    Marked,
    Released,
}
