namespace LtiPathways.LtiTool.Features.SubmissionReview;

/// <summary>The student's mark and feedback on the reviewed assignment.</summary>
public record ReviewedGrade(decimal? Points, string Comment, DateTime? ReleasedAt, DateTime UpdatedAt);
