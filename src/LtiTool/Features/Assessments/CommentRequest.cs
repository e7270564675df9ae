namespace LtiPathways.LtiTool.Features.Assessments;

public record CommentRequest(string? Text);
