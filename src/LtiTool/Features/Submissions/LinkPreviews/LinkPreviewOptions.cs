using System.ComponentModel.DataAnnotations;

namespace LtiPathways.LtiTool.Features.Submissions.LinkPreviews;

/// <summary>The <c>LinkPreviews</c> section: how much of a student's linked page the tool will fetch to fill in a title.</summary>
public class LinkPreviewOptions
{
    public const string Section = "LinkPreviews";

    /// <summary>The whole fetch, redirects and body included, ends after this.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:01:00")] public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Bytes of the page read; the rest is never downloaded (the title and meta tags are near the top).</summary>
    [Range(1024, 16 * 1024 * 1024)] public int MaxBytes { get; set; } = 512 * 1024;

    [Range(0, 10)] public int MaxRedirects { get; set; } = 3;

    /// <summary>Previews one person may ask for in a minute, so nobody can make the tool fetch pages on and on.</summary>
    [Range(1, 1000)] public int PerPersonPerMinute { get; set; } = 10;
}
