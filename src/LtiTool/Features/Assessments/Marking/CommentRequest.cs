namespace LtiPathways.LtiTool.Features.Assessments.Marking;

public record CommentRequest(string? Text);
