using LtiPathways.PathwayGraphQL.Data.Submissions;

namespace LtiPathways.LtiTool.Features.SubmissionReview;

/// <summary>The student's latest submitted attempt, for the reviewer to open, with the parts it holds.</summary>
public record ReviewedSubmission(Guid Id, int Attempt, IReadOnlyList<SubmissionType> Parts, DateTime? SubmittedAt, bool IsLate);
