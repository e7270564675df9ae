using System.Globalization;
using System.Net;
using LtiPathways.LtiTool.Session;
using LtiPathways.LtiTool.Shared;
using LtiPathways.PathwayGraphQL.Outcomes;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;

namespace LtiPathways.LtiTool.Localization;

/// <summary>Moments as the person reads them: in their language and the time zone their LMS gave, UTC when it gave none.</summary>
public class PersonTime(IHttpContextAccessor http, IStringLocalizer<ToolText> text)
{
    public TimeZoneInfo Zone => Known(http.HttpContext?.User.FindFirst(ToolSession.TimeZoneClaim)?.Value) is { } id
        ? TimeZoneInfo.FindSystemTimeZoneById(id)
        : TimeZoneInfo.Utc;

    /// <summary>The zone id when this machine knows it (IANA names such as America/Chicago), else null.</summary>
    public static string? Known(string? zone) =>
        zone is { Length: > 0 } && TimeZoneInfo.TryFindSystemTimeZoneById(zone, out var found) ? found.Id : null;

    /// <summary>"2030-05-01 12:00 America/Chicago" in English, "1 de mayo de 2030, 12:00 America/Chicago" in Spanish.</summary>
    public string Show(DateTime utc)
    {
        var zone = Zone;
        var local = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone);
        var label = zone == TimeZoneInfo.Utc ? "UTC" : zone.Id;
        return local.ToString(text["MomentPattern"], CultureInfo.CurrentCulture) + " " + label;
    }

    /// <summary>A &lt;time&gt; element showing <see cref="Show"/>, with the UTC moment on hover and in its datetime.</summary>
    public MarkupString Markup(DateTime utc)
    {
        var at = DateTime.SpecifyKind(utc, DateTimeKind.Utc);
        return new MarkupString(
            $"<time datetime=\"{at.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)}\" title=\"{WebUtility.HtmlEncode(Moments.Show(at))}\">"
            + $"{WebUtility.HtmlEncode(Show(at))}</time>");
    }

    /// <summary>A day as the person reads it: "1 May 2030" in English, "1 de mayo de 2030" in Spanish.</summary>
    public string Day(DateOnly day) => day.ToString(text["DayPattern"], CultureInfo.CurrentCulture);

    /// <summary>A sentence whose moment is a &lt;time&gt; element: <c>Sentence(L["DueOn"], due)</c>.</summary>
    public MarkupString Sentence(string format, DateTime utc) => LocalizedMarkup.Format(format, Markup(utc));
}
