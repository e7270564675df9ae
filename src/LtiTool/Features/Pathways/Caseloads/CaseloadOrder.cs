using LtiPathways.PathwayGraphQL.Pathways.Planning;

namespace LtiPathways.LtiTool.Features.Pathways.Caseloads;

/// <summary>How the caseload is sorted: by name, or worst status first (students without a plan last), then by name.</summary>
public sealed record CaseloadOrder(bool ByStatus)
{
    public static CaseloadOrder Parse(string? sort) => new(string.Equals(sort, "status", StringComparison.Ordinal));

    public IReadOnlyList<CaseloadRow> Apply(IEnumerable<CaseloadRow> rows) => ByStatus
        ? [.. rows.OrderBy(r => r.Overall is null).ThenBy(r => r.Overall).ThenBy(r => r.Name, StringComparer.CurrentCulture)]
        : [.. rows.OrderBy(r => r.Name, StringComparer.CurrentCulture)];
}
