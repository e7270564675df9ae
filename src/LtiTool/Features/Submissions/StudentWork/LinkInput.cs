namespace LtiPathways.LtiTool.Features.Submissions.StudentWork;

public record LinkInput(string? Url, string? Title, string? Description);
