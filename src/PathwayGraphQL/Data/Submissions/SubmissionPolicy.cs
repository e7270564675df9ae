namespace LtiPathways.PathwayGraphQL.Data.Submissions;

/// <summary>
/// How an assignment takes submissions, beyond what the deep-linking picker set: limits, attempts and late policy.
/// An assignment without a row uses the defaults below.
/// </summary>
public class SubmissionPolicy
{
    public const int DefaultAttempts = 3;

    public Guid AssignmentId { get; set; }
    public int AttemptsAllowed { get; set; } = DefaultAttempts;
    public int? MinWords { get; set; }
    public int? MaxWords { get; set; }

    /// <summary>Per-file limit in bytes; the tool-wide Uploads:MaxBytes still applies on top.</summary>
    public long? MaxFileBytes { get; set; }

    public int? MaxDurationSeconds { get; set; }
    public bool AllowLate { get; set; }

    /// <summary>With late work allowed: the last moment it is still accepted (none means any time).</summary>
    public DateTime? LateUntil { get; set; }

    public bool AllowWithdraw { get; set; } = true;
}
