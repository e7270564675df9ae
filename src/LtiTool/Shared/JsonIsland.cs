using System.Text.Json;
using Microsoft.AspNetCore.Components;

namespace LtiPathways.LtiTool.Shared;

/// <summary>Data handed to page scripts in a &lt;script type="application/json"&gt; element (no inline script, CSP-friendly).</summary>
public static class JsonIsland
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    // The default encoder escapes <, > and &, so the JSON cannot close the script element.
    public static MarkupString Of(object value) => new(JsonSerializer.Serialize(value, Options));
}
