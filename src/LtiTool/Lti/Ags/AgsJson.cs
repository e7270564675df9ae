using System.Text.Json;
using System.Text.Json.Serialization;

namespace LtiPathways.LtiTool.Lti.Ags;

/// <summary>How AGS documents are written: camelCase as the spec names them, absent members left out.</summary>
public static class AgsJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static async Task<T> ReadAsync<T>(HttpResponseMessage response, string what, CancellationToken cancellationToken)
    {
        await EnsureSuccessAsync(response, what, cancellationToken);
        try
        {
            return await response.Content.ReadFromJsonAsync<T>(Options, cancellationToken)
                ?? throw new PlatformServiceException($"The LMS answered {what} with an empty document.");
        }
        catch (JsonException)
        {
            throw new PlatformServiceException($"The LMS answered {what} with JSON the tool cannot read.");
        }
    }

    public static async Task EnsureSuccessAsync(HttpResponseMessage response, string what, CancellationToken cancellationToken)
    {
        if (!response.IsSuccessStatusCode)
        {
            var status = (int)response.StatusCode;
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            throw new PlatformServiceException(
                $"The LMS refused {what} ({status}){(body.Length > 0 ? ": " + (body.Length > 300 ? body[..300] + "…" : body) : ".")}",
                status, transient: status >= 500 || status == 429);
        }
    }
}
