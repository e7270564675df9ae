using System.Globalization;
using LtiPathways.LtiTool.Features.Submissions.Uploads;
using LtiPathways.LtiTool.Shared;
using LtiPathways.PathwayGraphQL.Assignments;
using LtiPathways.PathwayGraphQL.Data.Submissions;
using LtiPathways.PathwayGraphQL.Submissions;

namespace LtiPathways.LtiTool.Features.Submissions.StudentWork;

/// <summary>An assignment's rules for one student in plain words, e.g. "Up to 3 attempts · 300–1,500 words · recordings up to 5 minutes".</summary>
public static class PolicySummary
{
    public static string Describe(AssignmentAccess access, long toolMaxBytes) => Capitalised(string.Join(" · ", Phrases(access, toolMaxBytes)));

    public static IEnumerable<string> Phrases(AssignmentAccess access, long toolMaxBytes)
    {
        var policy = access.Policy;
        var types = access.AllowedTypes;
        yield return policy.AttemptsAllowed == 1 ? "1 attempt" : $"up to {Count(policy.AttemptsAllowed)} attempts";
        if (types.Contains(SubmissionType.Essay) && Words(policy) is { } words)
        {
            yield return words;
        }

        // A video or audio file handed in as a file is measured and limited too (SubmissionRules.RefuseDuration).
        var uploads = types.Any(t => t is SubmissionType.Video or SubmissionType.Audio or SubmissionType.File);
        if (policy.MaxDurationSeconds is { } seconds && uploads)
        {
            yield return $"recordings up to {SubmissionRules.Length(seconds)}";
        }

        if (uploads)
        {
            yield return $"files up to {Sizes.Describe(Math.Min(toolMaxBytes, policy.MaxFileBytes ?? long.MaxValue))}";
        }

        if (access.DueAt is { } due)
        {
            yield return !policy.AllowLate ? "no late work"
                : policy.LateUntil is not { } until ? "late work accepted (marked late)"
                : until > due ? $"late work accepted until {DateField.Show(until)}"
                : "no late work after your due date";
        }

        yield return !policy.AllowWithdraw ? "a submission cannot be withdrawn"
            : access.DueAt is null ? "you may withdraw a submission"
            : "you may withdraw a submission before the deadline";
    }

    private static string? Words(SubmissionPolicy policy) => (policy.MinWords, policy.MaxWords) switch
    {
        ({ } min, { } max) => $"{Count(min)}–{Count(max)} words",
        ({ } min, null) => $"at least {Count(min)} words",
        (null, { } max) => $"up to {Count(max)} words",
        _ => null,
    };

    private static string Count(int value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
