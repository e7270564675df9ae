namespace LtiPathways.PathwayGraphQL.Schema.Grading;

/// <summary>One criterion's mark, with the names the marking page's autosave uses (SelectionsJson).</summary>
public sealed class MarkInput
{
    public string Criterion { get; init; } = "";
    public string? Level { get; init; }
    public decimal? Points { get; init; }
    public string? Band { get; init; }
    public int? Mark { get; init; }
    public string? Outcome { get; init; }
    public string? Comment { get; init; }
}
