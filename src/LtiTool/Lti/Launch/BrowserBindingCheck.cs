using LtiPathways.LtiTool.Lti.Login;
using LtiPathways.PathwayGraphQL.Data.Lti;
using LtiPathways.PathwayGraphQL.Data.Platforms;
using Microsoft.AspNetCore.WebUtilities;

namespace LtiPathways.LtiTool.Lti.Launch;

/// <summary>The launch chain's browser-binding step (OIDC login CSRF protection, checklist B.13–15).</summary>
public static class BrowserBindingCheck
{
    /// <summary>
    /// The launch must come from the browser that started the login: the state cookie, or failing that the secret
    /// kept in the platform's postMessage storage. Clients without Fetch Metadata (Sec-Fetch-Site) are not browsers
    /// that a cross-site login forgery could ride on, so for them the single-use server-side state suffices.
    /// </summary>
    public static LaunchOutcome? Check(LaunchForm form, HttpRequest request, LoginState login, PlatformRegistration registration, ToolUrls urls)
    {
        if (LoginStateStore.MatchesBrowserSecret(login, BrowserBinding.Read(request, login.State))
            || LoginStateStore.MatchesBrowserSecret(login, form.PlatformStorageSecret)
            || !request.Headers.ContainsKey("Sec-Fetch-Site"))
        {
            return null;
        }

        if (login.StorageTarget is not null && !form.StorageChecked && form.IdToken is not null)
        {
            return new StorageCheck(form.IdToken, login.State, new PlatformStorageData(
                login.StorageTarget, PlatformStorageData.OriginOf(registration.AuthorizationEndpoint),
                PlatformStorageData.KeyFor(login.State), Value: null, ContinueUrl: null));
        }

        var relaunch = new LoginRequest(
            registration.Issuer, login.LoginHint, login.TargetLinkUri, login.MessageHint,
            registration.ClientId, login.DeploymentId, StorageTarget: null);
        return LtiRejection.Unauthorized(
                "Your browser blocked the cookie that keeps this launch safe, so LtiPathways cannot open inside the course page.",
                "browser binding missing: no state cookie and no platform storage secret")
            with
            {
                NewWindowUrl = QueryHelpers.AddQueryString(
                    urls.Absolute(request, ToolUrls.LoginPath), relaunch.ToQuery()),
            };
    }
}
