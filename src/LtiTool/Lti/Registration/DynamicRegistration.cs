using System.Net.Http.Headers;
using System.Text;
using LtiPathways.LtiTool.Lti.Manifests;
using LtiPathways.LtiTool.Lti.Platforms;
using LtiPathways.LtiTool.Lti.Services;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Platforms;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.LtiTool.Lti.Registration;

/// <summary>
/// LTI Dynamic Registration 1.0, the tool's side: configuration → issuer check → registration → storage.
/// Every registration it stores waits for an administrator's approval before it may launch.
/// </summary>
public class DynamicRegistration(
    IHttpClientFactory httpClients, PathwaysDbContext db, PlatformRegistry registry)
{
    private const int Status400 = StatusCodes.Status400BadRequest;

    public async Task<RegistrationOutcome> RegisterAsync(
        string? configurationUrl, string? registrationToken, Uri toolBase, CancellationToken cancellationToken)
    {
        // Step 1 (DR 1.0 section 3.3): the platform opens us with openid_configuration and, usually, registration_token.
        if (string.IsNullOrEmpty(configurationUrl) || !PlatformUrlRule.IsAllowed(configurationUrl))
        {
            return RegistrationOutcome.Refused(Status400,
                "The LMS did not give LtiPathways a valid https address for its configuration (openid_configuration).",
                $"register: openid_configuration '{configurationUrl}' missing or not https");
        }

        using var client = httpClients.CreateClient(PlatformHttpClients.Registration);
        var (json, fetchProblem) = await GetConfigurationAsync(client, configurationUrl, registrationToken, cancellationToken);
        if (json is null)
        {
            return RegistrationOutcome.Refused(Status400, $"LtiPathways could not read your LMS's configuration: {fetchProblem}.",
                $"register: configuration fetch failed: {fetchProblem}");
        }

        var (platform, parseProblem) = PlatformConfiguration.Parse(json);
        if (platform is null)
        {
            return RegistrationOutcome.Refused(Status400, $"Your LMS's configuration cannot be used: {parseProblem}.", $"register: {parseProblem}");
        }

        // Step 2 (DR 1.0 section 3.5.1): the issuer must be on the host the configuration came from.
        if (!SameHost(platform.Issuer, configurationUrl))
        {
            return RegistrationOutcome.Refused(StatusCodes.Status403Forbidden,
                "Your LMS's configuration names an issuer on a different site than the one it was fetched from, so LtiPathways did not register.",
                $"register: issuer '{platform.Issuer}' host differs from '{configurationUrl}'");
        }

        var endpoints = new[] { platform.AuthorizationEndpoint, platform.TokenEndpoint, platform.JwksUri, platform.RegistrationEndpoint };
        if (endpoints.FirstOrDefault(url => !PlatformUrlRule.IsAllowed(url)) is { } badEndpoint)
        {
            return RegistrationOutcome.Refused(Status400, "Your LMS's configuration lists an endpoint that is not an https address.",
                $"register: endpoint '{badEndpoint}' not allowed");
        }

        // Step 3 (DR 1.0 section 3.5.2): post the tool's registration with the same bearer token.
        var document = ToolRegistrationDocument.Build(new ToolProfile(toolBase), platform);
        var (answerJson, status) = await PostRegistrationAsync(client, platform.RegistrationEndpoint, registrationToken, document.ToJsonString(), cancellationToken);
        if (answerJson is null || status is < 200 or > 299)
        {
            return RegistrationOutcome.Refused(Status400,
                status == 0
                    ? "LtiPathways could not reach your LMS to register; try again later."
                    : $"Your LMS refused the registration ({status}). An administrator may need to allow dynamic registration or check the tool's scopes.",
                $"register: platform answered {status}: {Excerpt(answerJson)}");
        }

        if (RegistrationAnswer.Parse(answerJson) is not { } answer)
        {
            return RegistrationOutcome.Refused(Status400, "Your LMS answered the registration without a client id, so nothing was stored.",
                $"register: answer without client_id: {Excerpt(answerJson)}");
        }

        var registration = await StoreAsync(platform, answer, ToolRegistrationDocument.Scopes(platform), cancellationToken);
        return new RegistrationOutcome(registration, StatusCodes.Status200OK,
            $"LtiPathways is registered with {platform.Issuer} (client id {answer.ClientId}). "
            + "An LtiPathways administrator must approve it before anyone can open the tool.");
    }

    private async Task<PlatformRegistration> StoreAsync(
        PlatformConfiguration platform, RegistrationAnswer answer, IReadOnlyList<string> requested, CancellationToken cancellationToken)
    {
        var isNew = await registry.FindAsync(platform.Issuer, answer.ClientId, cancellationToken) is null;
        var registration = await registry.UpsertAsync(new PlatformOptions
        {
            Issuer = platform.Issuer,
            ClientId = answer.ClientId,
            Name = $"{platform.ProductFamily ?? "LMS"} at {new Uri(platform.Issuer).Host}",
            AuthorizationEndpoint = platform.AuthorizationEndpoint,
            TokenEndpoint = platform.TokenEndpoint,
            JwksUri = platform.JwksUri,
            DeploymentIds = answer.DeploymentId is { } deploymentId ? [deploymentId] : [],
            // Canvas creates deployments when the tool is installed, after registration: accept them as they come.
            AutoRegisterDeployments = answer.DeploymentId is null,
        }, RegistrationSource.DynamicRegistration, cancellationToken);

        registration.PendingApproval |= isNew;
        registration.ProductFamily = platform.ProductFamily;
        // The platform may grant fewer scopes than asked (Canvas admins can trim them, checklist F.40).
        var granted = answer.Scope?.Split(' ', StringSplitOptions.RemoveEmptyEntries) ?? [.. requested];
        registration.Scopes = string.Join(' ', granted.Where(s => s != "openid"));
        await db.SaveChangesAsync(cancellationToken);
        return registration;
    }

    private static async Task<(string? Json, string? Problem)> GetConfigurationAsync(
        HttpClient client, string url, string? token, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        if (!string.IsNullOrEmpty(token))
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        var (body, status) = await SendAsync(client, request, cancellationToken);
        return status is >= 200 and <= 299 ? (body, null)
            : status == 0 ? (null, "it could not be reached")
            : (null, $"it answered {status}");
    }

    private static async Task<(string? Body, int Status)> PostRegistrationAsync(
        HttpClient client, string url, string? token, string json, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        if (!string.IsNullOrEmpty(token))
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await SendAsync(client, request, cancellationToken);
    }

    private static async Task<(string? Body, int Status)> SendAsync(HttpClient client, HttpRequestMessage request, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await client.SendAsync(request, cancellationToken);
            return (await response.Content.ReadAsStringAsync(cancellationToken), (int)response.StatusCode);
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return (null, 0);
        }
    }

    private static bool SameHost(string issuer, string configurationUrl) =>
        Uri.TryCreate(issuer, UriKind.Absolute, out var issuerUri)
        && string.Equals(issuerUri.Host, new Uri(configurationUrl).Host, StringComparison.OrdinalIgnoreCase);

    private static string Excerpt(string? text) => text is null ? "" : text.Length > 300 ? text[..300] : text;
}
