using System.Net.Http.Headers;
using LtiPathways.LtiTool.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace LtiPathways.LtiTool.Tests.Hosting;

/// <summary>
/// Issue 11, finding 6, for every endpoint at once: whatever the app maps (read from its <see cref="EndpointDataSource"/>,
/// so a new endpoint is covered without touching this test) answers each malformed body with anything but a 5xx,
/// with no session and with the sessions of a student, a teacher and an administrator.
/// </summary>
public sealed class EveryEndpointMalformedBodyTests : IAsyncLifetime, IDisposable
{
    private static readonly string[] People = ["student", "teacher", "coordinator"];

    private readonly ToolFactory factory = new();
    private AgsScenario scenario = default!;

    public async Task InitializeAsync() => scenario = await AgsScenario.StartAsync(factory, launchStudent: false);

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        scenario.Dispose();
        factory.Dispose();
    }

    [Fact]
    public async Task Every_endpoint_answers_every_malformed_body_without_a_server_error()
    {
        var sessions = new List<string?> { null };
        foreach (var person in People)
        {
            sessions.Add(await scenario.LaunchAsync(person));
        }

        var endpoints = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();
        var failures = new List<string>();
        var sent = 0;
        foreach (var endpoint in endpoints)
        {
            var path = Path(endpoint.RoutePattern);
            var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? [HttpMethods.Get, HttpMethods.Post];
            foreach (var method in methods)
            {
                foreach (var (body, content) in MalformedBodies.All)
                {
                    foreach (var session in sessions)
                    {
                        using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = content() };
                        if (session is not null)
                        {
                            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", session);
                        }

                        sent++;
                        var answer = await SendAsync(request);
                        if (answer is not null)
                        {
                            failures.Add($"{method} {path} with {body}, {(session is null ? "no session" : "a session")}: {answer}");
                        }
                    }
                }
            }
        }

        Assert.True(endpoints.Count > 40, $"Only {endpoints.Count} endpoints were found; is the data source the app's?");
        Assert.True(failures.Count == 0, $"{failures.Count} of {sent} requests failed:\n" + string.Join('\n', failures.Distinct().Take(60)));
    }

    /// <summary>Null for an answer below 500; otherwise what went wrong, in short.</summary>
    private async Task<string?> SendAsync(HttpRequestMessage request)
    {
        try
        {
            using var response = await scenario.Browser.SendAsync(request);
            if ((int)response.StatusCode < 500)
            {
                return null;
            }

            var text = await response.Content.ReadAsStringAsync();
            return $"{(int)response.StatusCode} {text[..Math.Min(600, text.Length)].ReplaceLineEndings(" ")}";
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            return $"threw {exception.GetType().Name}: {exception.Message}";
        }
    }

    /// <summary>The pattern with plausible values: a new Guid for a guid (or unconstrained) parameter, 1 for a number.</summary>
    private static string Path(RoutePattern pattern) =>
        "/" + string.Join('/', pattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
        {
            RoutePatternLiteralPart literal => literal.Content,
            RoutePatternSeparatorPart separator => separator.Content,
            RoutePatternParameterPart parameter when parameter.ParameterPolicies.Any(p => p.Content is "int" or "long") => "1",
            RoutePatternParameterPart => Guid.NewGuid().ToString(),
            _ => "",
        }))));
}
