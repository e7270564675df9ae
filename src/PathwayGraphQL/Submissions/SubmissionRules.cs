using System.Globalization;
using LtiPathways.PathwayGraphQL.Assignments;
using LtiPathways.PathwayGraphQL.Data.Submissions;
using LtiPathways.PathwayGraphQL.Outcomes;

namespace LtiPathways.PathwayGraphQL.Submissions;

/// <summary>The submission rules as plain functions: deadline, late policy, attempts, and per part word range, media length and file size.</summary>
public static class SubmissionRules
{
    /// <summary>A recording stopped at the limit can come out a little longer once muxed; this much over still counts.</summary>
    public static readonly TimeSpan DurationTolerance = TimeSpan.FromSeconds(3);

    public static DeadlineState Deadline(DateTime? dueAt, SubmissionPolicy policy, DateTime now) =>
        dueAt is not { } due || now <= due ? DeadlineState.OnTime
        : policy.AllowLate && (policy.LateUntil is not { } lateUntil || now <= lateUntil) ? DeadlineState.Late
        : DeadlineState.Closed;

    public static string? RefuseSubmit(DateTime? dueAt, SubmissionPolicy policy, int submittedAttempts, DateTime now) =>
        Deadline(dueAt, policy, now) == DeadlineState.Closed
            ? $"The deadline ({Moments.Show(dueAt!.Value)}) has passed and this assignment does not take late work; your draft is kept, so talk to your teacher."
            : RefuseNewAttempt(policy, submittedAttempts);

    public static string? RefuseNewAttempt(SubmissionPolicy policy, int submittedAttempts) =>
        submittedAttempts >= policy.AttemptsAllowed
            ? $"You have used all {policy.AttemptsAllowed} attempt{(policy.AttemptsAllowed == 1 ? "" : "s")} for this assignment, so another submission is not possible."
            : null;

    public static string? RefuseWordCount(int words, SubmissionPolicy policy) =>
        policy.MinWords is { } min && words < min ? $"Your essay has {words} words; this assignment asks for at least {min}."
        : policy.MaxWords is { } max && words > max ? $"Your essay has {words} words; this assignment allows at most {max}."
        : null;

    /// <summary>
    /// Each part the draft holds, by the rules of its kind: a kind the assignment takes, the essay's word range, the
    /// length of video and audio, the size of files. Parts the student left empty are not asked for.
    /// </summary>
    public static string? RefuseParts(Submission draft, IReadOnlyList<SubmissionType> allowed, SubmissionPolicy policy)
    {
        var parts = SubmissionParts.Of(draft);
        if (parts.Count == 0)
        {
            return "Your draft is empty; write, record, upload or link your work before you submit.";
        }

        if (parts.Where(p => !allowed.Contains(p)).Select(p => (SubmissionType?)p).FirstOrDefault() is { } notTaken)
        {
            return $"This assignment no longer takes {TypeChoices.Noun(notTaken)}; your draft is kept, so remove that part to submit the rest, or talk to your teacher.";
        }

        return (parts.Contains(SubmissionType.Essay) ? RefuseWordCount(draft.WordCount, policy) : null)
            ?? RefuseDuration(draft.Files, policy)
            ?? RefuseFileSize(draft.Files, policy);
    }

    /// <summary>Only files the media worker has measured count; one still waiting for its probe is not held up.</summary>
    public static string? RefuseDuration(IEnumerable<SubmissionFile> files, SubmissionPolicy policy) =>
        policy.MaxDurationSeconds is not { } max ? null
        : files.Where(f => f.Role == SubmissionFileRole.Original)
            .FirstOrDefault(f => f.DurationSeconds is { } seconds && seconds > max + DurationTolerance.TotalSeconds) is { } tooLong
            ? $"“{tooLong.OriginalName}” is {Length(tooLong.DurationSeconds!.Value)} long; this assignment takes video and audio up to {Length(max)}. "
              + "Record a shorter one, or trim it and upload it again."
            : null;

    /// <summary>The upload checked the size against the limit of its day; a limit lowered since still holds at submit.</summary>
    public static string? RefuseFileSize(IEnumerable<SubmissionFile> files, SubmissionPolicy policy) =>
        policy.MaxFileBytes is not { } max ? null
        : files.Where(f => f.Role == SubmissionFileRole.Original).FirstOrDefault(f => f.Size > max) is { } tooLarge
            ? $"“{tooLarge.OriginalName}” is {Sizes.Describe(tooLarge.Size)}; this assignment takes files up to {Sizes.Describe(max)}. Remove it and upload a smaller one."
            : null;

    /// <summary>A length as people say it: "5 minutes", "2 minutes 30 seconds", "45 seconds".</summary>
    public static string Length(double seconds)
    {
        var whole = (int)Math.Round(seconds);
        var (minutes, rest) = (whole / 60, whole % 60);
        string Unit(int n, string unit) => $"{n.ToString(CultureInfo.InvariantCulture)} {unit}{(n == 1 ? "" : "s")}";
        return minutes == 0 ? Unit(rest, "second")
            : rest == 0 ? Unit(minutes, "minute")
            : $"{Unit(minutes, "minute")} {Unit(rest, "second")}";
    }

    /// <summary>A finished upload is the kind of file its part takes; browsers record audio into WebM or MP4 containers, which count as audio.</summary>
    /// <param name="label">The detected type as people name it ("PDF document", "MP3 audio").</param>
    public static string? RefuseUploadedType(string mediaType, string label, SubmissionType part) => part switch
    {
        SubmissionType.Video when !mediaType.StartsWith("video/", StringComparison.Ordinal) =>
            $"This is a {label}, not a video; upload an MP4, MOV or WebM video, or record one here.",
        SubmissionType.Audio when !mediaType.StartsWith("audio/", StringComparison.Ordinal) && mediaType is not ("video/webm" or "video/mp4") =>
            $"This is a {label}, not audio; upload an MP3, M4A, WAV or Ogg file, or record here.",
        _ => null,
    };

    public static string? RefuseWithdraw(Submission submission, DateTime? dueAt, SubmissionPolicy policy, DateTime now) =>
        submission.Status != SubmissionStatus.Submitted ? "Only a submitted attempt can be withdrawn."
        : !policy.AllowWithdraw ? "This assignment does not allow withdrawing a submission; ask your teacher."
        : dueAt is { } due && now > due ? "The deadline has passed, so the submission can no longer be withdrawn."
        : null;
}
