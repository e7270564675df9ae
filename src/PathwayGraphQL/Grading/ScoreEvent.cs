namespace LtiPathways.PathwayGraphQL.Grading;

/// <summary>Why a score is sent; it decides activityProgress and gradingProgress (checklist D.27–D.29).</summary>
public enum ScoreEvent
{
    /// <summary>The student handed work in; a teacher has yet to mark it (Submitted / PendingManual).</summary>
    Submitted,

    /// <summary>A teacher released a mark (Completed / FullyGraded).</summary>
    GradeReleased,
}
