using System.ComponentModel.DataAnnotations;

namespace LtiPathways.LtiTool.Lti;

/// <summary>The <c>Lti</c> configuration section.</summary>
public class LtiOptions
{
    public const string Section = "Lti";

    /// <summary>The tool's public base URL (e.g. https://pathways.school.org). Empty: derived from each request.</summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>Platforms upserted at start-up; also settable as Lti__Platforms__0__Issuer and so on.</summary>
    public List<PlatformOptions> Platforms { get; set; } = [];

    /// <summary>How long a login (state and nonce) may wait for its launch.</summary>
    [Range(typeof(TimeSpan), "00:00:30", "01:00:00")]
    public TimeSpan LoginLifetime { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Allowed difference between the platform's clock and ours (LTI Security 5.1.3 suggests a small leeway).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>An id_token older than this (by iat) is refused even if its exp is far away.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "01:00:00")]
    public TimeSpan MaxTokenAge { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Minimum time between two JWKS refetches of one platform caused by unknown kids (the first unknown kid refetches at once).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan JwksRefetchInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long a fetched platform JWKS is trusted before it is fetched again.</summary>
    [Range(typeof(TimeSpan), "00:00:10", "1.00:00:00")]
    public TimeSpan JwksCacheLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Extra origins allowed to frame the tool and receive its forms, beyond those derived from the registrations.</summary>
    public List<string> FrameAncestors { get; set; } = [];

    /// <summary>
    /// Platforms whose administrators run the tool itself and manage every registration (approve a new LMS, disable one).
    /// Administrators of any other platform manage only their own platform's registrations.
    /// </summary>
    public List<string> OperatorIssuers { get; set; } = [];

    /// <summary>
    /// Lets dynamic registration, and every later call to a platform registered that way, reach loopback addresses:
    /// for the sandbox and tests. Off, those calls reach public addresses only.
    /// </summary>
    public bool AllowLoopbackPlatforms { get; set; }

    /// <summary>Requests one client address may send to /lti/register in a minute; the endpoint needs no login.</summary>
    [Range(1, 1000)]
    public int RegistrationAttemptsPerMinute { get; set; } = 10;

    public ToolKeyOptions Keys { get; set; } = new();
}
