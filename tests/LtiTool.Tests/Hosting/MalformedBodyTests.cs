using System.Net;
using System.Net.Http.Headers;
using System.Text;
using LtiPathways.LtiTool.Tests.Infrastructure;

namespace LtiPathways.LtiTool.Tests.Hosting;

/// <summary>Issue 11, finding 6: a body the tool cannot read is a 400 or 415 with one sentence, never a 500.</summary>
public sealed class MalformedBodyTests : IAsyncLifetime, IDisposable
{
    private readonly ToolFactory factory = new();
    private AgsScenario scenario = default!;

    public async Task InitializeAsync() => scenario = await AgsScenario.StartAsync(factory, launchStudent: false);

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        scenario.Dispose();
        factory.Dispose();
    }

    [Theory]
    [InlineData("/lti/login")]
    [InlineData("/lti/launch")]
    [InlineData("/app/grading/release-all")]
    [InlineData("/app/rubrics/import")]
    [InlineData("/app/rubrics/edit/import")]
    [InlineData("/app/rubrics/edit/save")]
    [InlineData("/app/session/renew")]
    public async Task A_truncated_multipart_form_is_a_400_sentence(string path)
    {
        using var response = await scenario.Browser.PostAsync(path, MalformedBodies.TruncatedMultipart());

        await AssertSentenceAsync(response, HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData("application/json", "{\"requestId\":\"x\"}")]
    [InlineData("text/plain", "requestId=x")]
    [InlineData(null, null)]
    public async Task Deep_linking_without_a_form_is_a_415_sentence(string? contentType, string? body)
    {
        var token = await scenario.LaunchAsync("teacher");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/app/deep-linking")
        {
            Content = body is null ? null : new StringContent(body, Encoding.UTF8, contentType!),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);

        using var response = await scenario.Browser.SendAsync(request);

        await AssertSentenceAsync(response, HttpStatusCode.UnsupportedMediaType);
    }

    private static async Task AssertSentenceAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode}: {text[..Math.Min(text.Length, 300)]}");
        Assert.Contains("could not", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Exception", text, StringComparison.Ordinal);
    }
}
