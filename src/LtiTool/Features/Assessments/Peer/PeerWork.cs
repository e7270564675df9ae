namespace LtiPathways.LtiTool.Features.Assessments.Peer;

/// <summary>A classmate's latest submitted attempt, as a reviewer reads it: the essay, the link and the names of the files.</summary>
public record PeerWork(int Attempt, DateTime SubmittedAt, string EssayHtml, string? LinkUrl, string? LinkTitle, IReadOnlyList<string> FileNames);
