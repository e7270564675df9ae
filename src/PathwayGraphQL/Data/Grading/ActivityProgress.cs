namespace LtiPathways.PathwayGraphQL.Data.Grading;

/// <summary>How far the student is with the activity, in the words of AGS 2.0 section 3.4.1.5 (sent as named).</summary>
public enum ActivityProgress
{
    Initialized,
    Started,
    InProgress,
    Submitted,
    Completed,
}
