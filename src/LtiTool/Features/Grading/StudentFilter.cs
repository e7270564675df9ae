using System.Globalization;

namespace LtiPathways.LtiTool.Features.Grading;

/// <summary>Which students a teacher's class list shows: part of a name, and where their work stands.</summary>
public record StudentFilter(string Search, StudentShow Show)
{
    public static readonly StudentFilter None = new("", StudentShow.All);

    public static readonly IReadOnlyList<(StudentShow Show, string Label)> Choices =
    [
        (StudentShow.All, "All students"), (StudentShow.HandedIn, "Handed in"), (StudentShow.NotMarked, "Not marked"),
        (StudentShow.Marked, "Marked, not released"), (StudentShow.Released, "Released"),
    ];

    public static StudentFilter From(string? search, string? show) =>
        new((search ?? "").Trim(), Enum.TryParse<StudentShow>(show, ignoreCase: true, out var parsed) ? parsed : StudentShow.All);

    public bool IsEmpty => Search.Length == 0 && Show == StudentShow.All;

    /// <summary>Accents and case do not matter, so "chloe" finds Chloé.</summary>
    public bool Keeps(string name, bool handedIn, bool marked, bool released) =>
        (Search.Length == 0 || CultureInfo.InvariantCulture.CompareInfo.IndexOf(name, Search, CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace) >= 0)
        && Show switch
        {
            StudentShow.HandedIn => handedIn,
            StudentShow.NotMarked => !marked && !released,
            StudentShow.Marked => marked && !released,
            StudentShow.Released => released,
            _ => true,
        };

    /// <summary>The query string that keeps this filter on the next page, starting with '&amp;', or empty.</summary>
    public string Query => IsEmpty ? "" : $"&q={Uri.EscapeDataString(Search)}&show={Show}";
}
