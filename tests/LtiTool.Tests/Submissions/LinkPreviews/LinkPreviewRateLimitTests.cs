using System.Net;
using System.Net.Http.Json;

namespace LtiPathways.LtiTool.Tests.Submissions.LinkPreviews;

/// <summary>A person cannot make the tool fetch pages on and on: past LinkPreviews:PerPersonPerMinute the answer is a 429 sentence.</summary>
public sealed class LinkPreviewRateLimitTests : IAsyncLifetime, IDisposable
{
    private readonly SubmissionHarness harness = new();

    public async Task InitializeAsync()
    {
        harness.Factory.Settings["LinkPreviews:PerPersonPerMinute"] = "2";
        await harness.PlaceAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => harness.Dispose();

    [Fact]
    public async Task The_third_preview_in_a_minute_is_refused_with_a_sentence_and_a_retry_after()
    {
        var student = await harness.SessionAsync("student");

        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 2; i++)
        {
            using var allowed = await PreviewAsync(student);
            answers.Add(allowed.StatusCode);
        }

        using var refused = await PreviewAsync(student);

        // The address is refused by the address rule (422), so nothing is fetched; the calls still count.
        Assert.Equal([HttpStatusCode.UnprocessableEntity, HttpStatusCode.UnprocessableEntity], answers);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("60", refused.Headers.GetValues("Retry-After").Single());
        Assert.StartsWith("That is many previews in a short time", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private Task<HttpResponseMessage> PreviewAsync(string token) =>
        harness.Driver.Client.SendAsync(harness.Request(HttpMethod.Post, $"/app/assignments/{harness.AssignmentId}/submission/link-preview", token,
            JsonContent.Create(new { url = "http://169.254.169.254/latest/meta-data/" })));
}
