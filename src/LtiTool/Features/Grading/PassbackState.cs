namespace LtiPathways.LtiTool.Features.Grading;

/// <summary>Where a student's grade is on its way to the LMS gradebook.</summary>
public enum PassbackState
{
    NotSent,
    Queued,
    Sent,
    Failed,
}
