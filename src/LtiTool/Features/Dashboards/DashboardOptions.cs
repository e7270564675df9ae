using System.ComponentModel.DataAnnotations;

namespace LtiPathways.LtiTool.Features.Dashboards;

/// <summary>The pass that keeps plans' evaluation summaries fresh when only the day changes (pace, deadlines, expiry).</summary>
public class DashboardOptions
{
    public const string Section = "Dashboards";

    /// <summary>Off in tests, which refresh through the pages; readers refresh stale summaries themselves in any case.</summary>
    public bool RefreshEnabled { get; set; } = true;

    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")] public TimeSpan RefreshEvery { get; set; } = TimeSpan.FromHours(1);
}
