namespace LtiPathways.LtiTool.Features.Dashboards.Charts;

/// <summary>
/// One named row of values, one per category of its chart; a null value was not recorded (no bar, and
/// <see cref="Missing"/> in the table), which is not the same as a recorded zero.
/// </summary>
public sealed record ChartSeries(string Name, IReadOnlyList<decimal?> Values, string Missing = "not recorded");
