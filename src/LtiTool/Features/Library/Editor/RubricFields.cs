namespace LtiPathways.LtiTool.Features.Library.Editor;

/// <summary>The editor's field names, which are also their ids (so an error links to its field): c0-title, c0-r1-points.</summary>
public static class RubricFields
{
    public const string Title = "title";
    public const string Kind = "kind";
    public const string AddCriterion = "add-criterion";

    public static string Criterion(int criterion, string part) => $"c{criterion}-{part}";

    public static string Row(int criterion, int row, string part) => $"c{criterion}-r{row}-{part}";

    public static string Boundary(int grade) => $"grade-{grade}";

    /// <summary>The add-level button of a criterion: where a criterion without levels is corrected.</summary>
    public static string AddRow(int criterion) => $"add-c{criterion}";

    public static string Move(string direction, int criterion) => $"{direction}-c{criterion}";

    public static string Move(string direction, int criterion, int row) => $"{direction}-c{criterion}-r{row}";
}
