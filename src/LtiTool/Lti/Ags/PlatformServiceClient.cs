using System.Net;
using System.Net.Http.Headers;
using LtiPathways.LtiTool.Lti.Platforms;
using LtiPathways.LtiTool.Lti.Services;

namespace LtiPathways.LtiTool.Lti.Ags;

/// <summary>Sends one request to a platform service with a bearer token, refreshing the token once when the service answers 401.</summary>
public sealed class PlatformServiceClient(IHttpClientFactory httpClients, PlatformTokenClient tokens)
{
    public async Task<HttpResponseMessage> SendAsync(
        AgsAccess access, IReadOnlyList<string> acceptedScopes, Func<HttpRequestMessage> build, CancellationToken cancellationToken)
    {
        var scopes = access.Scopes;
        if (!acceptedScopes.Any(scopes.Contains))
        {
            throw new PlatformServiceException(
                "The LMS did not give LtiPathways permission for this in this course (scope " + acceptedScopes[0] + ").", 403);
        }

        var token = await tokens.GetAsync(access.Registration, scopes, cancellationToken: cancellationToken);
        var client = PlatformHttpClients.For(access.Registration, PlatformTokenClient.HttpClientName);
        var response = await SendOnceAsync(client, build, token, cancellationToken);
        if (response.StatusCode == HttpStatusCode.Unauthorized)
        {
            // The platform may expire or revoke tokens before expires_in says; one fresh token, then the answer stands.
            response.Dispose();
            token = await tokens.GetAsync(access.Registration, scopes, token.Value, cancellationToken);
            response = await SendOnceAsync(client, build, token, cancellationToken);
        }

        return response;
    }

    private async Task<HttpResponseMessage> SendOnceAsync(
        string client, Func<HttpRequestMessage> build, PlatformAccessToken token, CancellationToken cancellationToken)
    {
        using var request = build();
        if (!PlatformUrlRule.IsAllowed(request.RequestUri?.AbsoluteUri))
        {
            throw new PlatformServiceException($"The LMS service URL {request.RequestUri} is not https, so the tool will not call it.");
        }

        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token.Value);
        try
        {
            return await httpClients.CreateClient(client).SendAsync(request, cancellationToken);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            throw new PlatformServiceException("The LMS could not be reached (" + e.GetType().Name + ").", transient: true);
        }
    }
}
