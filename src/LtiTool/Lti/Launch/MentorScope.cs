using System.Text.Json;

namespace LtiPathways.LtiTool.Lti.Launch;

/// <summary>
/// The role_scope_mentor claim read strictly: the distinct <c>sub</c> values the launching mentor may follow, or the
/// reason it cannot be used. An absent claim names no one.
/// </summary>
public sealed record MentorScope(IReadOnlyList<string> Subjects, string? Problem, bool Truncated)
{
    /// <summary>More than a mentor plausibly follows in one course; a longer list is cut here rather than refused.</summary>
    public const int MaxSubjects = 200;

    /// <summary>The length the tool stores a <c>sub</c> in (OIDC Core 2 allows at most 255 ASCII characters).</summary>
    public const int MaxSubjectLength = 255;

    public bool IsUsable => Problem is null;

    // LTI Core 1.3 section 5.4.3: an array of the user ids (the sub values) the launching user can access as a mentor.
    public static MentorScope Read(JsonElement? claim)
    {
        if (claim is not { } value || value.ValueKind == JsonValueKind.Null)
        {
            return new([], null, false);
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            return Unusable($"is a {value.ValueKind.ToString().ToLowerInvariant()}, not an array of user ids");
        }

        var subjects = new List<string>();
        foreach (var item in value.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.String || item.GetString() is not { Length: > 0 and <= MaxSubjectLength } subject)
            {
                return Unusable("holds a value that is not a user id (a non-empty string of at most 255 characters)");
            }

            subjects.Add(subject);
        }

        var distinct = subjects.Distinct(StringComparer.Ordinal).ToList();
        return new(distinct.Take(MaxSubjects).ToList(), null, distinct.Count > MaxSubjects);
    }

    private static MentorScope Unusable(string problem) => new([], problem, false);
}
