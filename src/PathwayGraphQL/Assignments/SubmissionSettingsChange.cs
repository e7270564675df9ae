using LtiPathways.PathwayGraphQL.Data.Assignments;
using LtiPathways.PathwayGraphQL.Data.Submissions;

namespace LtiPathways.PathwayGraphQL.Assignments;

/// <summary>How an assignment takes work, already checked: the types it takes, its due date and its submission policy.</summary>
public sealed record SubmissionSettingsChange(
    IReadOnlyList<SubmissionType> Types,
    DateTime? DueAt,
    int AttemptsAllowed,
    int? MinWords,
    int? MaxWords,
    int? MaxDurationSeconds,
    long? MaxFileBytes,
    bool AllowLate,
    DateTime? LateUntil,
    bool AllowWithdraw)
{
    /// <summary>Writes the settings onto the assignment and its policy row (the caller saves).</summary>
    public void ApplyTo(Assignment assignment, SubmissionPolicy policy)
    {
        assignment.SubmissionTypes = TypeChoices.Format(Types.Select(TypeChoices.ValueOf));
        assignment.DueAt = DueAt;
        policy.AttemptsAllowed = AttemptsAllowed;
        policy.MinWords = MinWords;
        policy.MaxWords = MaxWords;
        policy.MaxDurationSeconds = MaxDurationSeconds;
        policy.MaxFileBytes = MaxFileBytes;
        policy.AllowLate = AllowLate;
        policy.LateUntil = AllowLate ? LateUntil : null;
        policy.AllowWithdraw = AllowWithdraw;
    }
}
