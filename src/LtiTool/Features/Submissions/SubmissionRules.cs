using System.Globalization;
using LtiPathways.PathwayGraphQL.Data.Submissions;

namespace LtiPathways.LtiTool.Features.Submissions;

/// <summary>The submission rules as plain functions: deadline, late policy, attempts and word range.</summary>
public static class SubmissionRules
{
    public static DeadlineState Deadline(DateTime? dueAt, SubmissionPolicy policy, DateTime now) =>
        dueAt is not { } due || now <= due ? DeadlineState.OnTime
        : policy.AllowLate && (policy.LateUntil is not { } lateUntil || now <= lateUntil) ? DeadlineState.Late
        : DeadlineState.Closed;

    public static string? RefuseSubmit(DateTime? dueAt, SubmissionPolicy policy, int submittedAttempts, DateTime now) =>
        Deadline(dueAt, policy, now) == DeadlineState.Closed
            ? $"The deadline ({Stamp(dueAt!.Value)} UTC) has passed and this assignment does not take late work; your draft is kept, so talk to your teacher."
            : RefuseNewAttempt(policy, submittedAttempts);

    public static string? RefuseNewAttempt(SubmissionPolicy policy, int submittedAttempts) =>
        submittedAttempts >= policy.AttemptsAllowed
            ? $"You have used all {policy.AttemptsAllowed} attempt{(policy.AttemptsAllowed == 1 ? "" : "s")} for this assignment, so another submission is not possible."
            : null;

    public static string? RefuseWordCount(int words, SubmissionPolicy policy) =>
        policy.MinWords is { } min && words < min ? $"Your essay has {words} words; this assignment asks for at least {min}."
        : policy.MaxWords is { } max && words > max ? $"Your essay has {words} words; this assignment allows at most {max}."
        : null;

    public static string? RefuseWithdraw(Submission submission, DateTime? dueAt, SubmissionPolicy policy, DateTime now) =>
        submission.Status != SubmissionStatus.Submitted ? "Only a submitted attempt can be withdrawn."
        : !policy.AllowWithdraw ? "This assignment does not allow withdrawing a submission; ask your teacher."
        : dueAt is { } due && now > due ? "The deadline has passed, so the submission can no longer be withdrawn."
        : null;

    private static string Stamp(DateTime value) => value.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
