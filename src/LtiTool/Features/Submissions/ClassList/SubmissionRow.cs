using LtiPathways.PathwayGraphQL.Data.Submissions;

namespace LtiPathways.LtiTool.Features.Submissions.ClassList;

/// <summary>
/// A line of the teacher's list: a student's latest submitted (or withdrawn) attempt with the parts it holds, and what
/// they were granted, if anything.
/// </summary>
public record SubmissionRow(
    Guid SubmissionId, Guid StudentUserId, string StudentName, int Attempt, SubmissionStatus Status, IReadOnlyList<SubmissionType> Parts,
    DateTime? SubmittedAt, bool IsLate, string? Accommodation);
