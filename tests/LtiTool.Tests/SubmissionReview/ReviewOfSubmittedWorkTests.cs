using System.Net;
using System.Net.Http.Json;
using LtiPathways.LtiTool.Lti.Launch;
using LtiPathways.LtiTool.Sandbox;
using LtiPathways.LtiTool.Tests.Infrastructure;
using LtiPathways.LtiTool.Tests.Submissions;

namespace LtiPathways.LtiTool.Tests.SubmissionReview;

public sealed class ReviewOfSubmittedWorkTests : IAsyncLifetime, IDisposable
{
    private readonly SubmissionHarness harness = new();

    public Task InitializeAsync() => harness.PlaceAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => harness.Dispose();

    [Fact]
    public async Task The_reviewer_sees_the_students_latest_submitted_attempt_with_a_link_to_it()
    {
        var student = await harness.SessionAsync("student");
        var work = $"/app/assignments/{harness.AssignmentId}/submission";
        using (var save = await harness.Driver.Client.SendAsync(
                   harness.Request(HttpMethod.Put, work + "/essay", student, JsonContent.Create(new { markdown = "My reflection." }))))
        using (var submit = await harness.Driver.Client.SendAsync(harness.Request(HttpMethod.Post, work + "/submit", student)))
        {
            Assert.Equal(HttpStatusCode.OK, submit.StatusCode);
        }

        var login = await harness.Driver.LoginAsync("teacher", LtiMessageTypes.SubmissionReview);
        var claims = SandboxMessage.IdToken(SandboxCourse.Find("teacher")!, LtiMessageTypes.SubmissionReview, login.Nonce,
            LaunchDriver.ToolBase, LaunchDriver.Addresses.PlatformBaseUrl, harness.Factory.Clock.GetUtcNow(), placement: harness.Placement);
        using var review = await harness.Driver.LaunchAsync(harness.Driver.Sign(claims), login.State);
        var html = await review.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, review.StatusCode);
        Assert.Contains("Attempt 1 (essay), submitted", html, StringComparison.Ordinal);
        Assert.Contains($"/app/assignments/{harness.AssignmentId}/submissions/", html, StringComparison.Ordinal);
    }
}
