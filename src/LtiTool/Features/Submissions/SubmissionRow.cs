using LtiPathways.PathwayGraphQL.Data.Submissions;

namespace LtiPathways.LtiTool.Features.Submissions;

/// <summary>A line of the teacher's list: a student's latest submitted (or withdrawn) attempt.</summary>
public record SubmissionRow(Guid SubmissionId, string StudentName, int Attempt, SubmissionStatus Status, SubmissionType Type, DateTime? SubmittedAt, bool IsLate);
