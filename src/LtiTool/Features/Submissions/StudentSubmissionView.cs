using LtiPathways.PathwayGraphQL.Data.Submissions;

namespace LtiPathways.LtiTool.Features.Submissions;

/// <summary>The student's submission page: the assignment, its rules, the working draft and earlier attempts.</summary>
public record StudentSubmissionView(
    Guid AssignmentId, string Title, string Instructions, DateTime? DueAt, DeadlineState Deadline, IReadOnlyList<SubmissionType> AllowedTypes,
    SubmissionPolicy Policy, int SubmittedAttempts, SubmissionView? Draft, IReadOnlyList<SubmissionView> Attempts, string SessionToken);
