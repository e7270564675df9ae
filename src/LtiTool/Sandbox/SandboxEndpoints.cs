using System.Text.Json;
using LtiPathways.LtiTool.Lti;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace LtiPathways.LtiTool.Sandbox;

/// <summary>The development platform: a demo course page, an OIDC authorization endpoint that signs id_tokens, and a JWKS.</summary>
public static class SandboxEndpoints
{
    public static IEndpointRouteBuilder MapSandbox(this IEndpointRouteBuilder routes)
    {
        var sandbox = routes.MapGroup("/sandbox").AllowTheTool();
        sandbox.MapGet("/", ShowCourseAsync);
        sandbox.MapMethods("/authorize", [HttpMethods.Get, HttpMethods.Post], AuthorizeAsync);
        sandbox.MapGet("/jwks", (SandboxPlatform platform) => Results.Text(platform.JwksJson(), "application/json"));
        sandbox.MapSandboxDeepLinkReturn();
        sandbox.MapSandboxServices();
        SandboxMemberships.Map(sandbox);
        SandboxDynamicRegistration.Map(sandbox);
        SandboxOutsideMentor.Map(sandbox);
        return routes;
    }

    private static async Task<IResult> ShowCourseAsync(
        HttpContext context, SandboxRegistration registration, SandboxGradebook gradebook, ToolUrls urls, IOptions<LtiOptions> options,
        IOptions<SandboxOptions> sandboxOptions, SandboxPlannerLink planner, string? storage, string? locale, string? timezone,
        CancellationToken cancellationToken)
    {
        var addresses = Addresses(context.Request, urls, options);
        await registration.EnsureAsync(addresses, cancellationToken);
        if (sandboxOptions.Value.DemoPlans)
        {
            await planner.EnsureAsync(addresses, withDemoPlans: true, cancellationToken);
        }
        // Typed by hand to play a platform without postMessage storage, so "off" must work as well as "false".
        var offerStorage = storage is not ("off" or "false");
        var choice = new SandboxLanguage(locale, timezone);
        string Link(string person, string messageType, string? placementId = null) =>
            SandboxLaunchLinks.LoginUrl(addresses, SandboxCourse.Find(person)!, messageType, offerStorage: offerStorage, placementId: placementId,
                locale: choice.Locale, timeZone: choice.TimeZone);
        var launches = new List<SandboxLaunch>
        {
            new("Launch as teacher", Link("teacher", "LtiResourceLinkRequest")),
            new("Launch as student", Link("student", "LtiResourceLinkRequest")),
            new("Launch as coordinator", Link("coordinator", "LtiResourceLinkRequest")),
            new("Launch as mentor", Link("mentor", "LtiResourceLinkRequest")),
            new("Add content (deep linking, teacher)", Link("teacher", "LtiDeepLinkingRequest")),
            new("Review a submission (teacher)", Link("teacher", "LtiSubmissionReviewRequest")),
        };
        var placements = gradebook.Placements.Values.OrderBy(p => p.Title, StringComparer.Ordinal).Select(p => new SandboxPlacementLaunch(
            p, p.LineItemId is { } id ? gradebook.LineItems.GetValueOrDefault(id) : null,
            [
                new("Launch as teacher", Link("teacher", "LtiResourceLinkRequest", p.ResourceLinkId)),
                new("Launch as student", Link("student", "LtiResourceLinkRequest", p.ResourceLinkId)),
                new("Launch as coordinator", Link("coordinator", "LtiResourceLinkRequest", p.ResourceLinkId)),
                new("Launch as mentor", Link("mentor", "LtiResourceLinkRequest", p.ResourceLinkId)),
                new("Review Jordan's submission", Link("teacher", "LtiSubmissionReviewRequest", p.ResourceLinkId)),
                .. p.ResourceLinkId == SandboxPlannerLink.ResourceLinkId && sandboxOptions.Value.DemoPlans
                    ? SandboxPlannerLink.DemoPeople().Select(d => new SandboxLaunch($"Launch as {d.Person.Name} ({d.Programme})", Link(d.Person.Key, "LtiResourceLinkRequest", p.ResourceLinkId)))
                    : [],
            ])).ToList();
        return new RazorComponentResult<SandboxPage>(new { Launches = launches, Addresses = addresses, Placements = placements, Language = choice, Storage = storage });
    }

    private static async Task<IResult> AuthorizeAsync(
        HttpContext context, SandboxPlatform platform, SandboxGradebook gradebook, ToolUrls urls, IOptions<LtiOptions> options,
        TimeProvider clock)
    {
        var request = context.Request;
        var values = await RequestParameters.ReadAsync(request, context.RequestAborted);
        string Get(string name) => values.TryGetValue(name, out var value) ? value : "";

        var addresses = Addresses(request, urls, options);
        var redirectUri = Get("redirect_uri");
        if (redirectUri != SandboxMessage.LaunchUrl(addresses.ToolBaseUrl))
        {
            return TypedResults.Text("The sandbox platform refuses this redirect_uri: it is not the tool's registered launch URL.",
                statusCode: StatusCodes.Status400BadRequest);
        }

        var problem = AuthorizationProblem(Get);
        var person = SandboxCourse.Find(Get("login_hint"));
        if (problem is null && person is null)
        {
            problem = "login_hint does not name a sandbox user";
        }

        if (problem is not null)
        {
            return FormPost(redirectUri, new() { ["error"] = "invalid_request", ["error_description"] = problem, ["state"] = Get("state") });
        }

        var hint = ReadHint(Get("lti_message_hint"));
        var placement = hint.PlacementId is { } placementId ? gradebook.Placements.GetValueOrDefault(placementId) : null;
        var payload = SandboxMessage.IdToken(
            person!, hint.MessageType, Get("nonce"), addresses.ToolBaseUrl, addresses.PlatformBaseUrl, clock.GetUtcNow(),
            hint.DeploymentId, placement, hint.Locale, hint.TimeZone);
        return FormPost(redirectUri, new() { ["id_token"] = platform.Sign(payload), ["state"] = Get("state") });
    }

    /// <summary>The checks a real platform makes of an OIDC authentication request (LTI Security 5.1.1.2).</summary>
    private static string? AuthorizationProblem(Func<string, string> get) =>
        get("scope").Split(' ').Contains("openid") is false ? "scope must include openid"
        : get("response_type") != "id_token" ? "response_type must be id_token"
        : get("response_mode") != "form_post" ? "response_mode must be form_post"
        : get("prompt") != "none" ? "prompt must be none"
        : get("client_id") != SandboxPlatform.ClientId ? "client_id is not the sandbox tool's"
        : get("nonce").Length == 0 ? "nonce is required"
        : get("state").Length == 0 ? "state is required"
        : null;

    private static SandboxMessageHint ReadHint(string hint)
    {
        try
        {
            return JsonSerializer.Deserialize<SandboxMessageHint>(hint) ?? Default;
        }
        catch (JsonException)
        {
            return Default;
        }
    }

    private static readonly SandboxMessageHint Default = new("LtiResourceLinkRequest", SandboxPlatform.DeploymentId);

    private static SandboxAddresses Addresses(HttpRequest request, ToolUrls urls, IOptions<LtiOptions> options) =>
        SandboxAddresses.From(request, urls, !string.IsNullOrEmpty(options.Value.PublicBaseUrl));

    private static RazorComponentResult<SandboxFormPostPage> FormPost(string action, Dictionary<string, string> fields) =>
        new(new { Action = action, Fields = fields });
}
