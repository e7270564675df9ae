namespace LtiPathways.LtiTool.Features.Assessments.Peer;

/// <summary>A classmate allocated to the reviewer.</summary>
public record PeerClassmate(Guid UserId, string Name);
