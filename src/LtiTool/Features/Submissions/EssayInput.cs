namespace LtiPathways.LtiTool.Features.Submissions;

public record EssayInput(string? Markdown);
