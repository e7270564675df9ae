namespace LtiPathways.PathwayGraphQL.Data.Submissions;

/// <summary>The form of a submission; the names match the assignment's comma-separated SubmissionTypes.</summary>
public enum SubmissionType
{
    Essay,
    Video,
    Audio,
    Link,
    File,
}
