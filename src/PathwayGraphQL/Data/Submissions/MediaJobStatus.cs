namespace LtiPathways.PathwayGraphQL.Data.Submissions;

public enum MediaJobStatus
{
    Queued,
    Running,
    Done,
    Failed,
}
