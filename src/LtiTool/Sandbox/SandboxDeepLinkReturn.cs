using System.Security.Cryptography;
using System.Text.Json.Nodes;
using LtiPathways.LtiTool.Lti;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace LtiPathways.LtiTool.Sandbox;

/// <summary>The sandbox's deep_link_return_url: checks the tool's response, places its links in the course, confirms.</summary>
public static class SandboxDeepLinkReturn
{
    public const string Path = "/deep-link-return";

    public static IEndpointRouteBuilder MapSandboxDeepLinkReturn(this IEndpointRouteBuilder sandbox)
    {
        sandbox.MapPost(Path, ReceiveAsync);
        return sandbox;
    }

    private static async Task<IResult> ReceiveAsync(
        HttpContext context, SandboxDeepLinkValidator validator, SandboxGradebook gradebook, ToolUrls urls,
        IOptions<LtiOptions> options, CancellationToken cancellationToken)
    {
        var request = context.Request;
        var jwt = request.HasFormContentType ? (await request.ReadFormAsync(cancellationToken))["JWT"].ToString() : null;
        var addresses = SandboxAddresses.From(request, urls, !string.IsNullOrEmpty(options.Value.PublicBaseUrl));
        var (payload, problem) = await validator.ValidateAsync(jwt, addresses.ToolBaseUrl, cancellationToken);
        var result = problem is null ? Record(payload!, gradebook) : SandboxDeepLinkResult.Refused(problem);
        return new RazorComponentResult<SandboxDeepLinkReturnPage>(new { Result = result })
        {
            StatusCode = result.Problem is null ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest,
        };
    }

    private static SandboxDeepLinkResult Record(JsonObject payload, SandboxGradebook gradebook)
    {
        var added = new List<SandboxPlacement>();
        var ignored = new List<string>();
        var items = payload["https://purl.imsglobal.org/spec/lti-dl/claim/content_items"]!.AsArray();
        foreach (var item in items.OfType<JsonObject>())
        {
            var type = Text(item, "type");
            if (type != "ltiResourceLink" || Text(item, "url") is not { } url)
            {
                ignored.Add(type ?? "(no type)");
                continue;
            }

            var linkId = "sandbox-link-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));
            var lineItemId = item["lineItem"] is JsonObject lineItem ? AddLineItem(gradebook, lineItem, linkId, Text(item, "title")) : null;
            var custom = item["custom"] is JsonObject values
                ? values.ToDictionary(p => p.Key, p => p.Value?.ToString() ?? "", StringComparer.Ordinal)
                : new Dictionary<string, string>();
            var placement = new SandboxPlacement(linkId, Text(item, "title") ?? url, url, custom, lineItemId);
            gradebook.Placements[linkId] = placement;
            added.Add(placement);
        }

        return new SandboxDeepLinkResult(added, ignored, Text(payload, "https://purl.imsglobal.org/spec/lti-dl/claim/msg"), null);
    }

    private static string AddLineItem(SandboxGradebook gradebook, JsonObject lineItem, string linkId, string? title)
    {
        var id = Guid.NewGuid().ToString("N");
        var maximum = lineItem["scoreMaximum"] is JsonValue value && value.TryGetValue<decimal>(out var max) ? max : 100m;
        gradebook.LineItems[id] = new SandboxLineItem(
            id, Text(lineItem, "label") ?? title ?? "Untitled", maximum, Text(lineItem, "resourceId"), Text(lineItem, "tag"), linkId);
        return id;
    }

    private static string? Text(JsonObject value, string name) =>
        value[name] is JsonValue text && text.TryGetValue<string>(out var result) ? result : null;
}
