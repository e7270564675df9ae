using System.Globalization;
using System.Security.Claims;
using LtiPathways.PathwayGraphQL.Access;
using LtiPathways.PathwayGraphQL.Data.Courses;

namespace LtiPathways.LtiTool.Session;

/// <summary>Who is using the tool, in which course and as what: everything a page may scope its queries by.</summary>
public record ToolSession(
    Guid UserId,
    Guid RegistrationId,
    Guid DeploymentId,
    Guid? CourseId,
    Guid? ResourceLinkId,
    CourseRole Role,
    string MessageType,
    string? Locale = null,
    string? TimeZone = null)
{
    /// <summary>The launch's language (launch_presentation.locale) and the person's time zone, when the LMS said them.</summary>
    public const string LocaleClaim = "loc";

    public const string TimeZoneClaim = "tz";

    /// <summary>The same person as the school core sees them: what every service takes.</summary>
    public Viewer Viewer => new(UserId, RegistrationId, DeploymentId, CourseId, ResourceLinkId, Role);

    /// <summary>
    /// Binds a handler's session parameter once, from the session token the authorization step already checked;
    /// handlers declare <c>ToolSession session</c> instead of reading claims themselves.
    /// </summary>
    public static ValueTask<ToolSession?> BindAsync(HttpContext context) => ValueTask.FromResult(From(context.User));

    public IEnumerable<Claim> ToClaims()
    {
        yield return new Claim("sub", UserId.ToString());
        yield return new Claim("reg", RegistrationId.ToString());
        yield return new Claim("dep", DeploymentId.ToString());
        if (CourseId is { } course)
        {
            yield return new Claim("course", course.ToString());
        }

        if (ResourceLinkId is { } link)
        {
            yield return new Claim("link", link.ToString());
        }

        yield return new Claim("role", Role.ToString());
        yield return new Claim("msg", MessageType);
        if (Locale is { Length: > 0 } locale)
        {
            yield return new Claim(LocaleClaim, locale);
        }

        if (TimeZone is { Length: > 0 } zone)
        {
            yield return new Claim(TimeZoneClaim, zone);
        }
    }

    public static ToolSession? From(ClaimsPrincipal principal)
    {
        Guid? Id(string type) => Guid.TryParse(principal.FindFirstValue(type), CultureInfo.InvariantCulture, out var id) ? id : null;
        if (Id("sub") is not { } user || Id("reg") is not { } registration || Id("dep") is not { } deployment
            || !Enum.TryParse<CourseRole>(principal.FindFirstValue("role"), out var role))
        {
            return null;
        }

        return new ToolSession(user, registration, deployment, Id("course"), Id("link"), role, principal.FindFirstValue("msg") ?? "",
            principal.FindFirstValue(LocaleClaim), principal.FindFirstValue(TimeZoneClaim));
    }
}
