namespace LtiPathways.LtiTool.Features.Assessments.Marking;

/// <summary>Where a student's rubric marks stand in the grading view's class list.</summary>
public enum MarkingStage
{
    NotMarked,
    Draft,
    ChangedSinceRelease,
    Released,
}
