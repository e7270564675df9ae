using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using LtiPathways.LtiTool.Lti;
using LtiPathways.LtiTool.Lti.Ags;
using LtiPathways.PathwayGraphQL.Data.Platforms;
using Microsoft.Extensions.Options;

namespace LtiPathways.LtiTool.Sandbox;

/// <summary>The sandbox's AGS line item service (AGS 2.0 section 3.2): container GET/POST with paging and filters, item GET/PUT/DELETE.</summary>
public static class SandboxLineItemEndpoints
{
    public const string ContainerPath = "/courses/{contextId}/lineitems";

    public static RouteGroupBuilder MapSandboxLineItems(this RouteGroupBuilder sandbox)
    {
        sandbox.MapGet(ContainerPath, List);
        sandbox.MapPost(ContainerPath, CreateAsync);
        foreach (var item in new[] { ContainerPath + "/{id}", ContainerPath + "/{id}/lineitem" })
        {
            sandbox.MapGet(item, Get);
            sandbox.MapPut(item, UpdateAsync);
            sandbox.MapDelete(item, Delete);
        }

        return sandbox;
    }

    public static string ItemUrl(string platformBaseUrl, string id) => $"{platformBaseUrl}/courses/{SandboxCourse.ContextId}/lineitems/{id}";

    public static IResult Answer(HttpContext context, SandboxServiceLog log, int status, string sentence)
    {
        log.Add(context.Request, status);
        return TypedResults.Text(sentence, statusCode: status);
    }

    private static IResult List(
        HttpContext context, string contextId, SandboxGradebook gradebook, SandboxAccessTokens tokens, SandboxServiceLog log,
        ToolUrls urls, IOptions<LtiOptions> options, string? resource_link_id, string? resource_id, string? tag, int? limit, int? page)
    {
        if (Refusal(context, contextId, tokens, log, PlatformScopes.LineItemReadOnly, PlatformScopes.LineItem) is { } refused)
        {
            return refused;
        }

        var matching = gradebook.LineItems.Values
            .Where(i => (resource_link_id is null || i.ResourceLinkId == resource_link_id)
                && (resource_id is null || i.ResourceId == resource_id) && (tag is null || i.Tag == tag))
            .OrderBy(i => i.Id, StringComparer.Ordinal).ToList();
        var size = Math.Clamp(limit ?? 10, 1, 100);
        var number = Math.Max(page ?? 1, 1);
        var platform = Platform(context, urls, options);
        if (matching.Count > number * size)
        {
            var query = context.Request.Query.Where(q => q.Key != "page").Select(q => $"{q.Key}={Uri.EscapeDataString(q.Value.ToString())}")
                .Append($"page={(number + 1).ToString(CultureInfo.InvariantCulture)}");
            context.Response.Headers.Append("Link", $"<{platform}/courses/{contextId}/lineitems?{string.Join('&', query)}>; rel=\"next\"");
        }

        log.Add(context.Request, StatusCodes.Status200OK);
        var body = matching.Skip((number - 1) * size).Take(size).Select(i => ToJson(platform, i)).ToList();
        return TypedResults.Text(JsonSerializer.Serialize(body, AgsJson.Options), AgsMediaTypes.LineItemContainer);
    }

    private static async Task<IResult> CreateAsync(
        HttpContext context, string contextId, SandboxGradebook gradebook, SandboxAccessTokens tokens, SandboxServiceLog log,
        ToolUrls urls, IOptions<LtiOptions> options)
    {
        if (Refusal(context, contextId, tokens, log, PlatformScopes.LineItem) is { } refused)
        {
            return refused;
        }

        if (await ReadAsync(context) is not { } posted)
        {
            return Answer(context, log, StatusCodes.Status400BadRequest, "A line item needs a label and a scoreMaximum above 0 (AGS 2.0 section 3.2).");
        }

        var item = new SandboxLineItem(Base64Id(), posted.Label, posted.ScoreMaximum, posted.ResourceId, posted.Tag, posted.ResourceLinkId);
        gradebook.LineItems[item.Id] = item;
        log.Add(context.Request, StatusCodes.Status201Created);
        var platform = Platform(context, urls, options);
        context.Response.Headers.Location = ItemUrl(platform, item.Id);
        return TypedResults.Text(JsonSerializer.Serialize(ToJson(platform, item), AgsJson.Options), AgsMediaTypes.LineItem, statusCode: StatusCodes.Status201Created);
    }

    private static IResult Get(
        HttpContext context, string contextId, string id, SandboxGradebook gradebook, SandboxAccessTokens tokens, SandboxServiceLog log,
        ToolUrls urls, IOptions<LtiOptions> options)
    {
        if (Refusal(context, contextId, tokens, log, PlatformScopes.LineItemReadOnly, PlatformScopes.LineItem) is { } refused)
        {
            return refused;
        }

        if (!gradebook.LineItems.TryGetValue(id, out var item))
        {
            return Answer(context, log, StatusCodes.Status404NotFound, "There is no such line item in the sandbox course.");
        }

        log.Add(context.Request, StatusCodes.Status200OK);
        return TypedResults.Text(JsonSerializer.Serialize(ToJson(Platform(context, urls, options), item), AgsJson.Options), AgsMediaTypes.LineItem);
    }

    private static async Task<IResult> UpdateAsync(
        HttpContext context, string contextId, string id, SandboxGradebook gradebook, SandboxAccessTokens tokens, SandboxServiceLog log,
        ToolUrls urls, IOptions<LtiOptions> options)
    {
        if (Refusal(context, contextId, tokens, log, PlatformScopes.LineItem) is { } refused)
        {
            return refused;
        }

        if (!gradebook.LineItems.ContainsKey(id))
        {
            return Answer(context, log, StatusCodes.Status404NotFound, "There is no such line item in the sandbox course.");
        }

        if (await ReadAsync(context) is not { } posted)
        {
            return Answer(context, log, StatusCodes.Status400BadRequest, "A line item needs a label and a scoreMaximum above 0 (AGS 2.0 section 3.2).");
        }

        var item = new SandboxLineItem(id, posted.Label, posted.ScoreMaximum, posted.ResourceId, posted.Tag, posted.ResourceLinkId);
        gradebook.LineItems[id] = item;
        log.Add(context.Request, StatusCodes.Status200OK);
        return TypedResults.Text(JsonSerializer.Serialize(ToJson(Platform(context, urls, options), item), AgsJson.Options), AgsMediaTypes.LineItem);
    }

    private static IResult Delete(
        HttpContext context, string contextId, string id, SandboxGradebook gradebook, SandboxAccessTokens tokens, SandboxServiceLog log)
    {
        if (Refusal(context, contextId, tokens, log, PlatformScopes.LineItem) is { } refused)
        {
            return refused;
        }

        return gradebook.LineItems.TryRemove(id, out _)
            ? Answer(context, log, StatusCodes.Status204NoContent, "")
            : Answer(context, log, StatusCodes.Status404NotFound, "There is no such line item in the sandbox course.");
    }

    public static IResult? Refusal(
        HttpContext context, string contextId, SandboxAccessTokens tokens, SandboxServiceLog log, params string[] scopes)
    {
        var problems = scopes.Select(s => tokens.Check(context.Request, s)).ToList();
        if (problems.Any(p => p is null))
        {
            return contextId == SandboxCourse.ContextId ? null : Answer(context, log, StatusCodes.Status404NotFound, "The sandbox has no such course.");
        }

        var (status, sentence) = problems[0]!.Value;
        return Answer(context, log, status, sentence);
    }

    private static async Task<LineItem?> ReadAsync(HttpContext context)
    {
        try
        {
            var item = await JsonSerializer.DeserializeAsync<LineItem>(context.Request.Body, AgsJson.Options, context.RequestAborted);
            return item is { Label.Length: > 0, ScoreMaximum: > 0 } ? item : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static LineItem ToJson(string platform, SandboxLineItem item) => new()
    {
        Id = ItemUrl(platform, item.Id),
        Label = item.Label,
        ScoreMaximum = item.ScoreMaximum,
        ResourceId = item.ResourceId,
        ResourceLinkId = item.ResourceLinkId,
        Tag = item.Tag,
    };

    private static string Platform(HttpContext context, ToolUrls urls, IOptions<LtiOptions> options) =>
        SandboxAddresses.From(context.Request, urls, !string.IsNullOrEmpty(options.Value.PublicBaseUrl)).PlatformBaseUrl;

    private static string Base64Id() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4));
}
