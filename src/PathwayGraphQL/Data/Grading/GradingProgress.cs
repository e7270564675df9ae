namespace LtiPathways.PathwayGraphQL.Data.Grading;

/// <summary>How far the marking is, in the words of AGS 2.0 section 3.4.1.6 (sent as named).</summary>
public enum GradingProgress
{
    FullyGraded,
    Pending,
    PendingManual,
    Failed,
    NotReady,
}
