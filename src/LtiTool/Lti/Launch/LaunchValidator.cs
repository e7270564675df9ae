using System.Text.Json;
using LtiPathways.LtiTool.Lti.Login;
using LtiPathways.LtiTool.Lti.Platforms;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Lti;
using LtiPathways.PathwayGraphQL.Data.Platforms;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace LtiPathways.LtiTool.Lti.Launch;

/// <summary>
/// Validates a launch in the order the specs give (LTI Security 5.1.3, LTI Core 5.3, 5.4, OIDC Core 3.2.2.11):
/// state → browser binding → token → issuer → audience → signature → lifetime → nonce → LTI claims.
/// Each step either passes or names the rule it refused.
/// </summary>
public class LaunchValidator(
    PathwaysDbContext db,
    LoginStateStore states,
    PlatformRegistry registry,
    PlatformKeyCache platformKeys,
    ToolUrls urls,
    TimeProvider clock,
    IOptions<LtiOptions> options)
{
    private static readonly JsonWebTokenHandler Tokens = new();

    public async Task<LaunchOutcome> ValidateAsync(LaunchForm form, HttpRequest request, CancellationToken cancellationToken)
    {
        // Moodle posts error and state instead of an id_token when it cannot launch (checklist A.12).
        if (form.Error is not null)
        {
            return LtiRejection.BadRequest(
                $"Your LMS could not complete the launch: {form.ErrorDescription ?? form.Error}.",
                $"platform returned error '{form.Error}'");
        }

        if (form.State is null)
        {
            return LtiRejection.BadRequest(
                "The launch arrived without its state; please open the link from your course again.", "state missing");
        }

        // The login and its registration in one round trip; each is still judged in the chain's order below.
        var found = await (
                from s in db.LoginStates.AsNoTracking().Where(s => s.State == form.State)
                join r in db.PlatformRegistrations on s.RegistrationId equals r.Id into registrations
                from r in registrations.DefaultIfEmpty()
                select new { Login = s, Registration = r })
            .FirstOrDefaultAsync(cancellationToken);
        var login = found?.Login;
        if (login is null)
        {
            return LtiRejection.Unauthorized(
                "This launch does not match any login LtiPathways started; please open the link from your course again.",
                "state unknown");
        }

        if (login.ConsumedAt is not null)
        {
            return LtiRejection.Unauthorized(
                "This launch has already been used; please open the link from your course again.", "state replayed");
        }

        if (login.ExpiresAt <= Now.UtcDateTime)
        {
            return LtiRejection.Unauthorized(
                "This launch took too long and has expired; please open the link from your course again.", "state expired");
        }

        // The registration may have been switched off or removed while this login was in flight.
        var registration = found!.Registration;
        if (registration is not { Enabled: true })
        {
            return LtiRejection.Forbidden(
                "LtiPathways has been switched off for this LMS; ask your LMS administrator.",
                $"registration {login.RegistrationId} disabled or removed since the login");
        }

        if (BrowserBindingCheck.Check(form, request, login, registration, urls) is { } unbound)
        {
            return unbound;
        }

        if (form.IdToken is null || !Tokens.CanReadToken(form.IdToken))
        {
            return LtiRejection.BadRequest(
                "The launch token from your LMS is missing or unreadable.", "id_token missing or not a JWT");
        }

        JsonWebToken token;
        LaunchMessage message;
        try
        {
            token = Tokens.ReadJsonWebToken(form.IdToken);
            using var payload = JsonDocument.Parse(Base64UrlEncoder.Decode(token.EncodedPayload));
            message = new LaunchMessage(payload.RootElement.Clone());
        }
        catch (Exception exception) when (exception is ArgumentException or SecurityTokenException or JsonException or FormatException)
        {
            return LtiRejection.BadRequest(
                "The launch token from your LMS is missing or unreadable.", "id_token not parseable");
        }

        return await ValidateTokenAsync(token, message, login, registration, request, cancellationToken);
    }

    private async Task<LaunchOutcome> ValidateTokenAsync(
        JsonWebToken token, LaunchMessage message, LoginState login, PlatformRegistration registration,
        HttpRequest request, CancellationToken cancellationToken)
    {
        // LTI Security 5.1.3 step 6: RS256 only; "none" and the HMAC family are refused before any key is looked at.
        if (token.Alg != SecurityAlgorithms.RsaSha256)
        {
            return LtiRejection.Unauthorized(
                "The launch token is not signed the way LTI 1.3 requires (RS256).", $"alg '{token.Alg}' refused");
        }

        if (message.Issuer != registration.Issuer)
        {
            return LtiRejection.Unauthorized(
                "The launch came from an LMS that is not registered with LtiPathways.",
                $"iss '{message.Issuer}' is not the issuer of the login's registration");
        }

        // OIDC Core 3.1.3.7 steps 3-5: aud contains our client id; with several audiences azp must be ours.
        var audiences = message.Audiences;
        if (!audiences.Contains(registration.ClientId, StringComparer.Ordinal))
        {
            return LtiRejection.Unauthorized(
                "The launch token was issued for a different tool, not LtiPathways.", "aud does not contain the client id");
        }

        if ((audiences.Count > 1 || message.AuthorizedParty is not null) && message.AuthorizedParty != registration.ClientId)
        {
            return LtiRejection.Unauthorized(
                "The launch token was issued for a different tool, not LtiPathways.", "azp is not the client id");
        }

        if (!await HasValidSignatureAsync(token, registration, cancellationToken))
        {
            return LtiRejection.Unauthorized(
                "The launch token's signature could not be verified with your LMS's published keys.", "signature invalid or key unknown");
        }

        if (ValidateLifetime(message) is { } lifetime)
        {
            return lifetime;
        }

        if (message.Nonce is null || message.Nonce != login.Nonce)
        {
            return LtiRejection.Unauthorized(
                "The launch token does not belong to the login LtiPathways started (nonce mismatch).", "nonce mismatch");
        }

        if (!await states.TryConsumeAsync(login.State, cancellationToken))
        {
            return LtiRejection.Unauthorized(
                "This launch has already been used; please open the link from your course again.", "nonce replayed");
        }

        return await ValidateLtiClaimsAsync(message, login, registration, request, cancellationToken);
    }

    private async Task<bool> HasValidSignatureAsync(JsonWebToken token, PlatformRegistration registration, CancellationToken cancellationToken)
    {
        var kid = string.IsNullOrEmpty(token.Kid) ? null : token.Kid;
        var keys = await platformKeys.FindAsync(registration, kid, cancellationToken);
        if (keys.Count == 0)
        {
            return false;
        }

        // Only the signature is checked here; issuer, audience and lifetime are the named steps around it.
        var result = await Tokens.ValidateTokenAsync(token, new TokenValidationParameters
        {
            IssuerSigningKeys = keys,
            ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
            RequireSignedTokens = true,
            ValidateIssuer = false,
            ValidateAudience = false,
            ValidateLifetime = false,
            RequireExpirationTime = false,
            TryAllIssuerSigningKeys = kid is null,
        });
        return result.IsValid;
    }

    private LtiRejection? ValidateLifetime(LaunchMessage message)
    {
        var now = Now.ToUnixTimeSeconds();
        var skew = (long)options.Value.ClockSkew.TotalSeconds;
        if (message.ExpiresAt is not { } exp || exp + skew < now)
        {
            return LtiRejection.Unauthorized(
                "The launch token has expired; please open the link from your course again.", "exp missing or past");
        }

        if (message.IssuedAt is not { } iat || iat - skew > now)
        {
            return LtiRejection.Unauthorized(
                "The launch token was issued in the future; your LMS's clock may be wrong.", "iat missing or in the future");
        }

        if (iat + (long)options.Value.MaxTokenAge.TotalSeconds + skew < now)
        {
            return LtiRejection.Unauthorized(
                "The launch token is too old; please open the link from your course again.", "iat too old");
        }

        return null;
    }

    private async Task<LaunchOutcome> ValidateLtiClaimsAsync(
        LaunchMessage message, LoginState login, PlatformRegistration registration, HttpRequest request, CancellationToken cancellationToken)
    {
        if (message.Version != "1.3.0")
        {
            return LtiRejection.BadRequest(
                "Your LMS launched with an LTI version LtiPathways does not support (it needs LTI 1.3.0).",
                $"version '{message.Version}'");
        }

        if (message.DeploymentId is not { } deploymentId
            || (login.DeploymentId is not null && login.DeploymentId != deploymentId))
        {
            return LtiRejection.BadRequest(
                "The launch does not say which installation of LtiPathways it comes from.", "deployment_id missing or differs from login");
        }

        var deployment = await registry.FindDeploymentAsync(registration, deploymentId, cancellationToken);
        if (deployment is null)
        {
            return LtiRejection.Forbidden(
                "This installation of LtiPathways in your LMS is not registered; ask your LMS administrator to add its deployment id.",
                $"deployment '{deploymentId}' unknown for registration {registration.Id}");
        }

        if (message.MessageType is null)
        {
            return LtiRejection.BadRequest("The launch does not say what kind of LTI message it is.", "message_type missing");
        }

        if (!LtiMessageTypes.Supported.Contains(message.MessageType))
        {
            return LtiRejection.BadRequest(
                "LtiPathways does not handle this kind of launch from your LMS.", $"message_type '{message.MessageType}' unsupported");
        }

        // LTI Core 5.4.1: the launch must go to this tool, and to the link the login named.
        if (!urls.IsOnTool(request, message.TargetLinkUri) || message.TargetLinkUri != login.TargetLinkUri)
        {
            return LtiRejection.BadRequest(
                "The launch points somewhere other than the link that was opened; please open it from your course again.",
                "target_link_uri missing, off this tool or different from the login's");
        }

        if (string.IsNullOrEmpty(message.Subject))
        {
            return LtiRejection.BadRequest("The launch does not say who you are (no user id).", "sub missing");
        }

        if (message.Roles is null)
        {
            return LtiRejection.BadRequest("The launch does not say what your role in the course is.", "roles claim missing");
        }

        return ValidateMessageSpecificClaims(message) ?? (LaunchOutcome)new ValidatedLaunch(registration, deployment, message);
    }

    private static LtiRejection? ValidateMessageSpecificClaims(LaunchMessage message) => message.MessageType switch
    {
        LtiMessageTypes.ResourceLink when string.IsNullOrEmpty(message.ResourceLinkId) => LtiRejection.BadRequest(
            "The launch does not say which link in your course was opened.", "resource_link.id missing"),
        LtiMessageTypes.DeepLinking when string.IsNullOrEmpty(message.DeepLinkReturnUrl) => LtiRejection.BadRequest(
            "Your LMS asked to add content but did not say where to send it back.", "deep_link_return_url missing"),
        LtiMessageTypes.SubmissionReview when string.IsNullOrEmpty(message.ForUserId) => LtiRejection.BadRequest(
            "Your LMS asked to review a submission but did not say whose.", "for_user.user_id missing"),
        _ => null,
    };

    private DateTimeOffset Now => clock.GetUtcNow();
}
