namespace LtiPathways.LtiTool.Features.Submissions;

public record LinkInput(string? Url, string? Title, string? Description);
