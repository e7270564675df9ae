using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using LtiPathways.LtiTool.Tests.Infrastructure;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace LtiPathways.LtiTool.Tests.DeepLinking;

/// <summary>Drives a deep linking launch, the picker's form post, and reads the signed response back.</summary>
public static partial class DeepLinkingFlow
{
    public static readonly Dictionary<string, string> AssessedFields = new()
    {
        ["choice"] = "assessed",
        ["title"] = "Reflective project: service learning",
        ["instructions"] = "Reflect on your service project in 1500 words.",
        ["submission_types"] = "essay",
        ["rubric"] = "IB CP Reflective Project",
        ["points"] = "25",
        ["due_at"] = "2030-05-01T17:00",

        // What the picker's prefilled fields send when left as they are.
        ["attempts"] = "3",
        ["allow_withdraw"] = "on",
    };

    public static async Task<(HttpStatusCode Status, string Html)> LaunchAsync(
        LaunchDriver driver, string person = "teacher", Action<JsonObject>? change = null)
    {
        var login = await driver.LoginAsync(person, "LtiDeepLinkingRequest");
        var claims = driver.Claims(login);
        change?.Invoke((JsonObject)claims["https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings"]!);
        using var response = await driver.LaunchAsync(driver.Sign(claims), login.State);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Posts the picker as a browser would: its hidden fields plus the given ones (repeat a key with "|" to send it twice).</summary>
    public static async Task<(HttpStatusCode Status, string Html)> SubmitAsync(LaunchDriver driver, string pickerHtml, IDictionary<string, string> fields)
    {
        var values = new List<KeyValuePair<string, string>>
        {
            new("session_token", Hidden(pickerHtml, "session_token")),
            new("request", Hidden(pickerHtml, "request")),
        };
        values.AddRange(fields.SelectMany(f => f.Value.Split('|').Select(v => KeyValuePair.Create(f.Key, v))));
        using var response = await driver.Client.PostAsync(LaunchDriver.ToolBase + "/app/deep-linking", new FormUrlEncodedContent(values));
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    public static async Task<string> PlaceAsync(LaunchDriver driver, IDictionary<string, string>? fields = null)
    {
        var (_, picker) = await LaunchAsync(driver);
        var (status, html) = await SubmitAsync(driver, picker, fields ?? AssessedFields);
        Assert.Equal(HttpStatusCode.OK, status);
        return Hidden(html, "JWT");
    }

    public static string Hidden(string html, string name) =>
        WebUtility.HtmlDecode(Regex.Match(html, $"name=\"{name}\" value=\"([^\"]*)\"").Groups[1].Value);

    public static string FormAction(string html) => WebUtility.HtmlDecode(ActionPattern().Match(html).Groups[1].Value);

    public static JsonObject Payload(string jwt) =>
        JsonNode.Parse(Base64UrlEncoder.Decode(new JsonWebToken(jwt).EncodedPayload))!.AsObject();

    public static JsonArray Items(string jwt) => Payload(jwt)["https://purl.imsglobal.org/spec/lti-dl/claim/content_items"]!.AsArray();

    [GeneratedRegex("<form method=\"post\" action=\"([^\"]*)\"")]
    private static partial Regex ActionPattern();
}
