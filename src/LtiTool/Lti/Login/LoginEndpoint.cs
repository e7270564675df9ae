using LtiPathways.LtiTool.Lti.Platforms;
using LtiPathways.PathwayGraphQL.Data.Platforms;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace LtiPathways.LtiTool.Lti.Login;

/// <summary>OIDC third-party initiated login (LTI Core 5.1.1, LTI Security 5.1.1.1).</summary>
public static class LoginEndpoint
{
    public static IEndpointRouteBuilder MapLtiLogin(this IEndpointRouteBuilder routes)
    {
        // A platform may start a login by GET or by form POST.
        routes.MapMethods(ToolUrls.LoginPath, [HttpMethods.Get, HttpMethods.Post], HandleAsync);
        return routes;
    }

    private static async Task<IResult> HandleAsync(
        HttpContext context,
        PlatformRegistry registry,
        LoginStateStore states,
        ToolUrls urls,
        IOptions<LtiOptions> options,
        ILogger<LoginStateStore> logger,
        CancellationToken cancellationToken)
    {
        var request = await LoginRequest.ReadAsync(context.Request, cancellationToken);
        var (registration, rejection) = await ValidateAsync(request, context.Request, registry, urls, cancellationToken);
        if (rejection is not null)
        {
            return rejection.ToResult(logger, "login");
        }

        var (state, browserSecret) = await states.CreateAsync(request, registration!.Id, cancellationToken);
        BrowserBinding.Attach(context.Response, state.State, browserSecret, options.Value.LoginLifetime);
        var authorizationUrl = AuthorizationUrl(registration, request, state.State, state.Nonce, urls.RedirectUri(context.Request));
        if (request.StorageTarget is null)
        {
            return Results.Redirect(authorizationUrl);
        }

        // The platform offered postMessage storage (1EdTech Client Side postMessages): keep the secret there too,
        // so the launch can be tied to this browser even where third-party cookies are blocked.
        return new RazorComponentResult<PlatformStoragePutPage>(new
        {
            Data = new PlatformStorageData(
                request.StorageTarget, PlatformStorageData.OriginOf(registration.AuthorizationEndpoint),
                PlatformStorageData.KeyFor(state.State), browserSecret, authorizationUrl),
        });
    }

    private static async Task<(PlatformRegistration? Registration, LtiRejection? Rejection)> ValidateAsync(
        LoginRequest request, HttpRequest http, PlatformRegistry registry, ToolUrls urls, CancellationToken cancellationToken)
    {
        if (request.Issuer is null || request.LoginHint is null || request.TargetLinkUri is null)
        {
            return (null, LtiRejection.BadRequest(
                "The LMS did not send everything needed to start LtiPathways (iss, login_hint and target_link_uri are required).",
                "login: missing iss, login_hint or target_link_uri"));
        }

        var registration = await registry.FindAsync(request.Issuer, request.ClientId, cancellationToken);
        if (registration is null)
        {
            return (null, LtiRejection.BadRequest(
                "This LMS is not registered with LtiPathways; ask your LMS administrator to register the tool.",
                $"login: no single registration for iss '{request.Issuer}' and client_id '{request.ClientId}'"));
        }

        if (!registration.Enabled)
        {
            return (null, LtiRejection.Forbidden(
                "LtiPathways has been switched off for this LMS; ask your LMS administrator.",
                $"login: registration {registration.Id} is disabled"));
        }

        if (registration.PendingApproval)
        {
            return (null, LtiRejection.Forbidden(
                "LtiPathways has been registered with this LMS but is waiting for an administrator's approval; try again once it is approved.",
                $"login: registration {registration.Id} is pending approval"));
        }

        if (request.DeploymentId is not null && !await registry.AcceptsDeploymentAsync(registration, request.DeploymentId, cancellationToken))
        {
            return (null, LtiRejection.Forbidden(
                "This installation of LtiPathways in your LMS is not registered; ask your LMS administrator to add its deployment id.",
                $"login: deployment '{request.DeploymentId}' unknown for registration {registration.Id}"));
        }

        if (!urls.IsOnTool(http, request.TargetLinkUri))
        {
            return (null, LtiRejection.BadRequest(
                "The link in your course points somewhere other than LtiPathways; ask your teacher to add it again.",
                $"login: target_link_uri '{request.TargetLinkUri}' is not on this tool"));
        }

        return (registration, null);
    }

    private static string AuthorizationUrl(PlatformRegistration registration, LoginRequest request, string state, string nonce, string redirectUri)
    {
        var query = new Dictionary<string, string?>
        {
            ["scope"] = "openid",
            ["response_type"] = "id_token",
            ["response_mode"] = "form_post",
            ["prompt"] = "none",
            ["client_id"] = registration.ClientId,
            ["redirect_uri"] = redirectUri,
            ["login_hint"] = request.LoginHint,
            ["state"] = state,
            ["nonce"] = nonce,
        };
        if (request.MessageHint is not null)
        {
            query["lti_message_hint"] = request.MessageHint;
        }

        return QueryHelpers.AddQueryString(registration.AuthorizationEndpoint, query);
    }
}
