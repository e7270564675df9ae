using System.Net.Http.Headers;
using System.Text;
using LtiPathways.LtiTool.Hosting.Network;
using LtiPathways.LtiTool.Lti.Services;

namespace LtiPathways.LtiTool.Lti.Registration;

/// <summary>
/// The two calls of a dynamic registration, through the public-only client: the configuration GET and the registration
/// POST, each with the platform's registration token. A failure is a reason for the log, never shown to the caller.
/// </summary>
public class RegistrationRequests(IHttpClientFactory httpClients)
{
    public Task<(string? Body, string? Problem)> GetConfigurationAsync(Uri url, string? token, CancellationToken cancellationToken) =>
        SendAsync(new HttpRequestMessage(HttpMethod.Get, url), "configuration", token, cancellationToken);

    public Task<(string? Body, string? Problem)> PostRegistrationAsync(Uri url, string? token, string json, CancellationToken cancellationToken) =>
        SendAsync(new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(json, Encoding.UTF8, "application/json") },
            "registration endpoint", token, cancellationToken);

    private async Task<(string? Body, string? Problem)> SendAsync(
        HttpRequestMessage request, string what, string? token, CancellationToken cancellationToken)
    {
        using (request)
        {
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
            if (!string.IsNullOrEmpty(token))
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            }

            var where = IssuerRule.ForLog(request.RequestUri!);
            try
            {
                using var client = httpClients.CreateClient(PlatformHttpClients.PublicOnly);
                using var response = await client.SendAsync(request, cancellationToken);
                return response.IsSuccessStatusCode
                    ? (await response.Content.ReadAsStringAsync(cancellationToken), null)
                    : (null, $"{what} {where} answered {(int)response.StatusCode}");
            }
            catch (HttpRequestException failure) when (NonPublicAddressException.In(failure) is { } refused)
            {
                return (null, $"{what} {where} refused: {refused.Message}");
            }
            catch (Exception failure) when (failure is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
            {
                return (null, $"{what} {where} could not be reached: {failure.Message}");
            }
        }
    }
}
