using LtiPathways.PathwayGraphQL.Data.Submissions;
using LtiPathways.PathwayGraphQL.Submissions;

namespace LtiPathways.LtiTool.Features.Submissions.StudentWork;

/// <summary>
/// The student's submission page: the assignment, its rules in words (<paramref name="Rules"/>), what their teacher
/// granted them (<paramref name="Granted"/>), the working draft and earlier attempts. DueAt is the student's own.
/// <see cref="Done"/> names what the student's last form did (<see cref="StudentWorkForms"/>), <see cref="Problem"/> why it was refused.
/// </summary>
public record StudentSubmissionView(
    Guid AssignmentId, string Title, string Instructions, DateTime? DueAt, DeadlineState Deadline, IReadOnlyList<SubmissionType> AllowedTypes,
    SubmissionPolicy Policy, int SubmittedAttempts, SubmissionView? Draft, IReadOnlyList<SubmissionView> Attempts, string SessionToken,
    string Rules, IReadOnlyList<string> Granted, string StudentName)
{
    public string? Done { get; init; }

    public string? Problem { get; init; }
}
