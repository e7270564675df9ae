namespace LtiPathways.LtiTool.Features.SubmissionReview;

/// <summary>The student's latest submitted attempt, for the reviewer to open.</summary>
public record ReviewedSubmission(Guid Id, int Attempt, string Type, DateTime? SubmittedAt, bool IsLate);
