namespace LtiPathways.LtiTool.Features.Submissions.StudentWork;

public record EssayInput(string? Markdown);
