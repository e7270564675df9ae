namespace LtiPathways.PathwayGraphQL.Data.Submissions;

/// <summary>A way of submitting, and the part of a submission it fills; the names match the assignment's comma-separated SubmissionTypes.</summary>
public enum SubmissionType
{
    Essay,
    Video,
    Audio,
    Link,
    File,
}
