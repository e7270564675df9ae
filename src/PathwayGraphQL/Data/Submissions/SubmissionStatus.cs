namespace LtiPathways.PathwayGraphQL.Data.Submissions;

public enum SubmissionStatus
{
    Draft,
    Submitted,
    Withdrawn,
}
