using LtiPathways.LtiTool.Lti.Manifests;
using Microsoft.Extensions.Options;

namespace LtiPathways.LtiTool.Lti.Registration;

/// <summary>
/// LTI Dynamic Registration 1.0, the tool's side: configuration → issuer check → registration → storage, each step
/// refusing with the same sentence and its own rule for the log. It never changes a stored registration: a new one
/// waits for approval, and a re-registration of a known (issuer, client id) waits as a change (<see cref="RegistrationStore"/>).
/// </summary>
public class DynamicRegistration(RegistrationRequests requests, RegistrationStore store, IOptions<LtiOptions> options)
{
    public async Task<RegistrationOutcome> RegisterAsync(
        string? configurationUrl, string? registrationToken, Uri toolBase, CancellationToken cancellationToken)
    {
        var allowLoopback = options.Value.AllowLoopbackPlatforms;

        // Step 1 (DR 1.0 section 3.3): the platform opens us with openid_configuration and, usually, registration_token.
        if (!IssuerRule.IsAllowedUrl(configurationUrl, allowLoopback))
        {
            return RegistrationOutcome.Refused(string.IsNullOrEmpty(configurationUrl)
                ? "openid_configuration missing"
                : $"openid_configuration {Describe(configurationUrl)} is not an allowed https address");
        }

        var configurationUri = new Uri(configurationUrl!);
        var (json, fetchProblem) = await requests.GetConfigurationAsync(configurationUri, registrationToken, cancellationToken);
        if (json is null)
        {
            return RegistrationOutcome.Refused(fetchProblem!);
        }

        var (platform, parseProblem) = PlatformConfiguration.Parse(json);
        if (platform is null)
        {
            return RegistrationOutcome.Refused($"configuration {IssuerRule.ForLog(configurationUri)}: {parseProblem}");
        }

        // Step 2 (DR 1.0 section 3.5.1): the configuration must be the issuer's own.
        if (!IssuerRule.IsAllowedUrl(platform.Issuer, allowLoopback) || !IssuerRule.ConfigurationBelongsTo(platform.Issuer, configurationUri))
        {
            return RegistrationOutcome.Refused(
                $"configuration URL {IssuerRule.ForLog(configurationUri)} is not at or under issuer {platform.Issuer} (same scheme, host and port)");
        }

        var endpoints = new[] { platform.AuthorizationEndpoint, platform.TokenEndpoint, platform.JwksUri, platform.RegistrationEndpoint };
        if (endpoints.FirstOrDefault(url => !IssuerRule.IsAllowedUrl(url, allowLoopback)) is { } badEndpoint)
        {
            return RegistrationOutcome.Refused($"configuration endpoint {Describe(badEndpoint)} is not an allowed https address");
        }

        // Step 3 (DR 1.0 section 3.5.2): post the tool's registration with the same bearer token.
        var document = ToolRegistrationDocument.Build(new ToolProfile(toolBase), platform);
        var (answerJson, postProblem) = await requests.PostRegistrationAsync(
            new Uri(platform.RegistrationEndpoint), registrationToken, document.ToJsonString(), cancellationToken);
        if (answerJson is null)
        {
            return RegistrationOutcome.Refused(postProblem!);
        }

        if (RegistrationAnswer.Parse(answerJson) is not { } answer)
        {
            return RegistrationOutcome.Refused($"registration answer from {platform.Issuer} has no client_id");
        }

        return await store.StoreAsync(platform, answer, configurationUri, ToolRegistrationDocument.Scopes(platform), cancellationToken);
    }

    private static string Describe(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) ? IssuerRule.ForLog(uri) : "(not an absolute URL)";
}
