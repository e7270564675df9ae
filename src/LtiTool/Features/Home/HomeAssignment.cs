namespace LtiPathways.LtiTool.Features.Home;

/// <summary>An assessed assignment of the course, as a mentor's home page links to it.</summary>
public record HomeAssignment(Guid Id, string Title);
