using System.Net;
using LtiPathways.LtiTool.Tests.Infrastructure;
using LtiPathways.PathwayGraphQL.Data.Submissions;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.LtiTool.Tests.Submissions;

/// <summary>The student's page without JavaScript: its forms post, the answer is a GET of the page with the confirmation.</summary>
public sealed class StudentWorkFormTests : IAsyncLifetime, IDisposable
{
    private readonly SubmissionHarness harness = new();
    private string student = "";

    public async Task InitializeAsync()
    {
        await harness.PlaceAsync();
        student = await harness.SessionAsync("student");
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => harness.Dispose();

    private string Base => $"/app/assignments/{harness.AssignmentId}/submission";

    [Fact]
    public async Task Save_draft_then_hand_in_each_answer_with_the_page_that_says_what_happened()
    {
        using var saved = await PostAsync("/draft", ("essay", "Lights and heaters, measured."), ("link_url", ""));
        var savedPage = await FollowAsync(saved);
        using var handedIn = await PostAsync("/hand-in", ("essay", "Lights and heaters, measured twice."));
        var handedInPage = await FollowAsync(handedIn);
        using var withdrawn = await PostAsync("/withdrawal");
        var withdrawnPage = await FollowAsync(withdrawn);

        Assert.Contains("Draft saved at", savedPage, StringComparison.Ordinal);
        Assert.Contains("Submitted attempt 1.", handedInPage, StringComparison.Ordinal);
        Assert.Contains("Attempt 1 withdrawn.", withdrawnPage, StringComparison.Ordinal);
        var submission = await harness.QueryAsync(db => db.Submissions.SingleAsync());
        Assert.Equal("Lights and heaters, measured twice.", submission.EssayMarkdown);
        Assert.Equal(SubmissionStatus.Withdrawn, submission.Status);
    }

    [Fact]
    public async Task A_refused_hand_in_shows_the_page_with_the_problem_and_keeps_nothing_from_being_lost()
    {
        using var refused = await PostAsync("/hand-in", ("link_url", "not an address"));
        var page = await refused.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("data-testid=\"problem\"", page, StringComparison.Ordinal);
        Assert.Contains("id=\"problem-region\" role=\"alert\"", page, StringComparison.Ordinal);
        Assert.Empty(await harness.QueryAsync(db => db.Submissions.Where(s => s.Status == SubmissionStatus.Submitted).ToListAsync()));
    }

    [Fact]
    public async Task A_form_without_the_session_token_changes_nothing()
    {
        using var content = new FormUrlEncodedContent([KeyValuePair.Create("essay", "Forged.")]);
        using var response = await harness.Driver.CookielessClient.PostAsync(LaunchDriver.ToolBase + Base + "/draft", content);

        Assert.True(response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden, response.StatusCode.ToString());
        Assert.Empty(await harness.QueryAsync(db => db.Submissions.ToListAsync()));
    }

    /// <summary>Posts the form as a browser without scripts does: the session token is a field, there is no header.</summary>
    private async Task<HttpResponseMessage> PostAsync(string path, params (string Name, string Value)[] fields)
    {
        using var content = new FormUrlEncodedContent([.. fields.Select(f => KeyValuePair.Create(f.Name, f.Value)), KeyValuePair.Create("session_token", student)]);
        return await harness.Driver.CookielessClient.PostAsync(LaunchDriver.ToolBase + Base + path, content);
    }

    private async Task<string> FollowAsync(HttpResponseMessage posted)
    {
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var location = posted.Headers.Location!.ToString();
        Assert.EndsWith("#notice-region", location, StringComparison.Ordinal);
        using var page = await harness.Driver.CookielessClient.GetAsync(LaunchDriver.ToolBase + location);
        var html = await page.Content.ReadAsStringAsync();
        Assert.True(page.StatusCode == HttpStatusCode.OK, html);
        return html;
    }
}
