namespace LtiPathways.LtiTool.Features.Submissions.Accommodations;

/// <summary>A student of the course as the class list offers them; Label adds the email when two share a name.</summary>
public record StudentOption(Guid UserId, string Name, string Label);
