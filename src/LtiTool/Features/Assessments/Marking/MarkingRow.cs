using LtiPathways.LtiTool.Features.Grading;

namespace LtiPathways.LtiTool.Features.Assessments.Marking;

/// <summary>One student in the grading view's class list: whether they handed in, where their marking is, and how its passback is going.</summary>
public record MarkingRow(
    Guid UserId, string Name, MarkingStage Stage, decimal? LmsPoints, PassbackState Passback, string? PassbackReason, DateTime? ReleasedAt,
    bool HandedIn, string Submission)
{
    public string Marking => Stage switch
    {
        MarkingStage.NotMarked => "Not marked",
        MarkingStage.Released => "Released",
        MarkingStage.ChangedSinceRelease => "Changed since release",
        _ => "Draft",
    };

    /// <summary>Why this student's Release is off (an AssessmentText key), or null when there are marks to release.</summary>
    public string? NothingToRelease => Stage switch
    {
        MarkingStage.NotMarked => "Release.NoMarks",
        MarkingStage.Released => "Release.AlreadyReleased",
        _ => null,
    };

    public bool Keeps(StudentFilter filter) =>
        filter.Keeps(Name, HandedIn, Stage is MarkingStage.Draft or MarkingStage.ChangedSinceRelease, Stage == MarkingStage.Released);
}
