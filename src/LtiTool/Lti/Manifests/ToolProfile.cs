using LtiPathways.PathwayGraphQL.Data.Platforms;

namespace LtiPathways.LtiTool.Lti.Manifests;

/// <summary>
/// What the tool tells every LMS about itself: name, URLs, scopes, custom parameters, placements.
/// The manifests and the dynamic registration are both built from here, so they cannot disagree.
/// </summary>
public sealed class ToolProfile(Uri baseUrl)
{
    public const string Title = "LtiPathways";
    public const string ToolId = "ltipathways";

    public const string Description =
        "IB Career-related Programme and CTE pathway plans, submissions and rubric assessments, with grades sent to the LMS gradebook.";

    public static readonly IReadOnlyList<string> ServiceScopes = PlatformScopes.All.Split(' ');

    /// <summary>Claims the tool asks for (DR 1.0 section 3.3): names and email, so teachers recognise their students.</summary>
    public static readonly IReadOnlyList<string> Claims = ["iss", "sub", "name", "given_name", "family_name", "email"];

    /// <summary>LTI Core 5.4.6 substitution variables: the SIS ids that let pathway data be matched to the school's records.</summary>
    public static readonly IReadOnlyDictionary<string, string> CustomParameters = new SortedDictionary<string, string>(StringComparer.Ordinal)
    {
        ["course_sourcedid"] = "$CourseSection.sourcedId",
        ["person_sourcedid"] = "$Person.sourcedId",
    };

    /// <summary>Where deep linking opens: Canvas link and assignment pickers, Moodle's content selection (DR 1.0 section 3.3.1).</summary>
    public static readonly IReadOnlyList<string> DeepLinkingPlacements = ["link_selection", "assignment_selection", "ContentArea"];

    public static readonly IReadOnlyList<string> ResourceLinkPlacements = ["course_navigation"];

    /// <summary>Browser features the tool's frame needs from the LMS page: recording video and audio, and full-screen playback.</summary>
    public static readonly IReadOnlyList<string> FrameFeatures = ["camera", "microphone", "display-capture", "fullscreen", "autoplay"];

    /// <summary>The iframe allow attribute that grants <see cref="FrameFeatures"/> to the page the frame shows.</summary>
    public static string FrameAllow => string.Join("; ", FrameFeatures);

    public Uri BaseUrl { get; } = new(baseUrl.ToString().TrimEnd('/') + "/");

    /// <summary>host[:port], as Canvas and the tool configuration's domain expect (no scheme).</summary>
    public string Domain => BaseUrl.IsDefaultPort ? BaseUrl.Host : $"{BaseUrl.Host}:{BaseUrl.Port}";

    public string Base => BaseUrl.ToString().TrimEnd('/');
    public string LoginUrl => Base + ToolUrls.LoginPath;
    public string LaunchUrl => Base + ToolUrls.LaunchPath;
    public string JwksUrl => Base + "/.well-known/jwks.json";
    public string RegistrationUrl => Base + "/lti/register";
}
