using System.ComponentModel.DataAnnotations;

namespace LtiPathways.PathwayGraphQL.Schema.Limits;

/// <summary>The API's limits: checked before a query runs (depth, breadth, cost) and while it runs (time, page size).</summary>
public sealed class GraphQLOptions
{
    public const string Section = "GraphQL";

    /// <summary>Nesting of fields, counted from the operation.</summary>
    [Range(2, 50)]
    public int MaxDepth { get; set; } = 12;

    /// <summary>Selections in one selection set.</summary>
    [Range(1, 1000)]
    public int MaxBreadth { get; set; } = 60;

    /// <summary>Fields times the page sizes above them, computed before execution.</summary>
    [Range(1, 10_000_000)]
    public int MaxCost { get; set; } = 25_000;

    [Range(typeof(TimeSpan), "00:00:00.100", "00:05:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    [Range(1, 1000)]
    public int MaxPageSize { get; set; } = 100;

    [Range(1, 1000)]
    public int DefaultPageSize { get; set; } = 20;
}
