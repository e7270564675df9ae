using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Components;

namespace LtiPathways.LtiTool.Localization;

/// <summary>A translated sentence with markup in its gaps (a &lt;time&gt;, a link): the sentence is encoded, the markup is not.</summary>
public static class LocalizedMarkup
{
    public static MarkupString Format(string format, params object[] values) =>
        new(string.Format(CultureInfo.CurrentCulture, WebUtility.HtmlEncode(format),
            values.Select(v => v is MarkupString markup ? markup.Value : WebUtility.HtmlEncode(Convert.ToString(v, CultureInfo.CurrentCulture))).ToArray<object?>()));
}
