namespace LtiPathways.LtiTool.Features.Grading;

/// <summary>The previous or next student in the switcher: their name and the page that marks them.</summary>
public record StudentStep(string Name, string Href);
