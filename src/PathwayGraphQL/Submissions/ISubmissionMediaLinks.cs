namespace LtiPathways.PathwayGraphQL.Submissions;

/// <summary>
/// Short-lived signed links to a submission's files, for callers that cannot send a session with a player's request. The
/// web host signs and serves them; the core only asks, and only for files the caller may already read.
/// </summary>
public interface ISubmissionMediaLinks
{
    SignedMediaLink For(Guid fileId);
}
