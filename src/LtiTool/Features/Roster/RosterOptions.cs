using System.ComponentModel.DataAnnotations;

namespace LtiPathways.LtiTool.Features.Roster;

/// <summary>The <c>Roster</c> configuration section.</summary>
public class RosterOptions
{
    public const string Section = "Roster";

    /// <summary>A teacher's launch refreshes the course roster when the last sync is older than this.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "7.00:00:00")]
    public TimeSpan RefreshAfter { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How long a launch waits for that refresh before showing the page; the sync goes on in the background.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:00:30")]
    public TimeSpan LaunchWait { get; set; } = TimeSpan.FromSeconds(3);
}
