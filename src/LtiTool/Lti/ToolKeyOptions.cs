using System.ComponentModel.DataAnnotations;

namespace LtiPathways.LtiTool.Lti;

/// <summary>The <c>Lti:Keys</c> section: how the tool's signing keys rotate.</summary>
public class ToolKeyOptions
{
    /// <summary>How long a new key is published before it signs, so platforms that cache our JWKS see it first.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "7.00:00:00")]
    public TimeSpan PublishBeforeSigning { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How long a retired key stays published, longer than any token it signed lives.</summary>
    [Range(typeof(TimeSpan), "00:05:00", "30.00:00:00")]
    public TimeSpan PublishAfterRetiring { get; set; } = TimeSpan.FromDays(1);
}
