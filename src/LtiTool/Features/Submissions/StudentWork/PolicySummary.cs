using LtiPathways.LtiTool.Features.Submissions.Uploads;
using LtiPathways.PathwayGraphQL.Assignments;
using LtiPathways.PathwayGraphQL.Data.Submissions;
using LtiPathways.PathwayGraphQL.Submissions;

namespace LtiPathways.LtiTool.Features.Submissions.StudentWork;

/// <summary>An assignment's rules for one student in plain words, e.g. "Up to 3 attempts · 300–1,500 words · recordings up to 5 minutes".</summary>
public static class PolicySummary
{
    public static string Describe(AssignmentAccess access, long toolMaxBytes, SubmissionWords words) => Capitalised(string.Join(" · ", Phrases(access, toolMaxBytes, words)));

    public static IEnumerable<string> Phrases(AssignmentAccess access, long toolMaxBytes, SubmissionWords words)
    {
        var policy = access.Policy;
        var types = access.AllowedTypes;
        yield return policy.AttemptsAllowed == 1 ? words["Rules.OneAttempt"] : words["Rules.Attempts", words.Count(policy.AttemptsAllowed)];
        if (types.Contains(SubmissionType.Essay) && Words(policy, words) is { } limit)
        {
            yield return limit;
        }

        // A video or audio file handed in as a file is measured and limited too (SubmissionRules.RefuseDuration).
        var uploads = types.Any(t => t is SubmissionType.Video or SubmissionType.Audio or SubmissionType.File);
        if (policy.MaxDurationSeconds is { } seconds && uploads)
        {
            yield return words["Rules.Recordings", words.Of(seconds)];
        }

        if (uploads)
        {
            yield return words["Rules.Files", Sizes.Describe(Math.Min(toolMaxBytes, policy.MaxFileBytes ?? long.MaxValue))];
        }

        if (access.DueAt is { } due)
        {
            yield return !policy.AllowLate ? words["Rules.NoLate"]
                : policy.LateUntil is not { } until ? words["Rules.LateMarked"]
                : until > due ? words["Rules.LateUntil", words.Show(until)]
                : words["Rules.NoLateAfterDue"];
        }

        yield return !policy.AllowWithdraw ? words["Rules.NoWithdraw"]
            : access.DueAt is null ? words["Rules.MayWithdraw"]
            : words["Rules.MayWithdrawBefore"];
    }

    private static string? Words(SubmissionPolicy policy, SubmissionWords words) => (policy.MinWords, policy.MaxWords) switch
    {
        ({ } min, { } max) => words["Rules.WordsBetween", words.Count(min), words.Count(max)],
        ({ } min, null) => words["Rules.WordsAtLeast", words.Count(min)],
        (null, { } max) => words["Rules.WordsUpTo", words.Count(max)],
        _ => null,
    };

    private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
