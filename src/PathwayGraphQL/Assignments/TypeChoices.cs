using LtiPathways.PathwayGraphQL.Data.Submissions;

namespace LtiPathways.PathwayGraphQL.Assignments;

/// <summary>The ways of submitting a teacher can choose, and how an assignment stores them (comma-separated names).</summary>
public static class TypeChoices
{
    public static readonly IReadOnlyList<(string Value, string Label)> All =
    [
        ("essay", "Essay (written in LtiPathways)"),
        ("video", "Video"),
        ("audio", "Audio or podcast"),
        ("link", "Link or blog"),
        ("file", "File upload"),
    ];

    public static bool IsKnown(string value) => All.Any(c => c.Value == value);

    public static IReadOnlyList<SubmissionType> Parse(string stored) =>
        stored.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(t => Enum.TryParse<SubmissionType>(t, ignoreCase: true, out var type) ? type : (SubmissionType?)null)
            .OfType<SubmissionType>()
            .Distinct()
            .ToList();

    /// <summary>Known values only, in the order of <see cref="All"/>, so equal choices are stored alike.</summary>
    public static string Format(IEnumerable<string> values) =>
        string.Join(',', All.Select(c => c.Value).Where(values.Contains));

    public static string ValueOf(SubmissionType type) => type.ToString().ToLowerInvariant();

    /// <summary>The type as it reads inside a sentence: "an essay", "audio", "a link".</summary>
    public static string Noun(SubmissionType type) => type switch
    {
        SubmissionType.Essay => "an essay",
        SubmissionType.Video => "a video",
        SubmissionType.Audio => "audio",
        SubmissionType.Link => "a link",
        _ => "a file",
    };

    public static string Nouns(IEnumerable<SubmissionType> types) => Join(types.Select(Noun).ToList(), "or");

    /// <summary>"a, b or c", "a and b": words as a sentence lists them.</summary>
    public static string Join(IReadOnlyList<string> words, string conjunction) =>
        words.Count <= 1 ? string.Concat(words) : string.Join(", ", words.Take(words.Count - 1)) + $" {conjunction} " + words[^1];
}
