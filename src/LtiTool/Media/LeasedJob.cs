namespace LtiPathways.LtiTool.Media;

/// <summary>A media job this instance holds: the lease token that every later write must still match, and the attempt it is on.</summary>
public record LeasedJob(Guid JobId, Guid FileId, string Lease, int Attempts);
