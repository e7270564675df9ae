using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using LtiPathways.LtiTool.Features.DeepLinking;
using LtiPathways.LtiTool.Session;
using LtiPathways.LtiTool.Tests.Infrastructure;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Assignments;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LtiPathways.LtiTool.Tests.Session;

/// <summary>
/// A state change is authenticated only by the session token from the page, as the session_token form field or the
/// Authorization header. A cookie or ?session=, which a request forged by another site could carry, never is.
/// </summary>
public sealed class SessionTokenSourceTests : IAsyncLifetime, IDisposable
{
    private const string Expired = "Nothing was saved. Open LtiPathways again from your course and try again.";
    private readonly ToolFactory factory = new();
    private AgsScenario scenario = default!;
    private HttpClient browser = default!;

    public async Task InitializeAsync()
    {
        scenario = await AgsScenario.StartAsync(factory);
        browser = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        browser.Dispose();
        scenario.Dispose();
        factory.Dispose();
    }

    [Fact]
    public void Every_change_under_app_and_admin_requires_a_session()
    {
        var changes = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText is { } path
                && (path.StartsWith("/app", StringComparison.Ordinal) || path.StartsWith("/admin", StringComparison.Ordinal)))
            .Where(e => e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.Any(m => m is not ("GET" or "HEAD" or "OPTIONS")) == true)
            .ToList();

        Assert.Contains(changes, e => e.RoutePattern.RawText == DeepLinkingEndpoints.Path);
        Assert.Empty(changes
            .Where(e => e.Metadata.GetMetadata<IAuthorizeData>() is null || e.Metadata.GetMetadata<IAllowAnonymous>() is not null)
            .Select(e => e.DisplayName));
    }

    [Fact]
    public async Task A_post_with_the_token_only_in_the_cookie_is_refused_and_queues_nothing()
    {
        var teacher = await scenario.LaunchAsync("teacher");
        using var request = new HttpRequestMessage(HttpMethod.Post, await ReleasePathAsync()) { Content = new FormUrlEncodedContent(await ReleaseFieldsAsync()) };
        request.Headers.Add("Cookie", $"{SessionTokenConstants.Cookie}={teacher}");

        using var response = await browser.SendAsync(request);

        await Refusal.AssertAsync(response, HttpStatusCode.Unauthorized, Expired);
        await AssertNothingReleasedAsync();
    }

    [Fact]
    public async Task The_same_cookie_opens_the_page_because_reads_accept_it()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/app/grading");
        request.Headers.Add("Cookie", $"{SessionTokenConstants.Cookie}={await scenario.LaunchAsync("teacher")}");

        using var response = await browser.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Teacher view", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_post_with_the_token_only_in_the_query_is_refused_and_queues_nothing()
    {
        var teacher = await scenario.LaunchAsync("teacher");

        using var response = await browser.PostAsync(
            $"{await ReleasePathAsync()}?{SessionTokenConstants.QueryParameter}={Uri.EscapeDataString(teacher)}", new FormUrlEncodedContent(await ReleaseFieldsAsync()));

        await Refusal.AssertAsync(response, HttpStatusCode.Unauthorized, Expired);
        await AssertNothingReleasedAsync();
    }

    [Fact]
    public async Task A_post_without_any_token_is_refused_with_a_sentence_and_queues_nothing()
    {
        using var response = await browser.PostAsync(await ReleasePathAsync(), new FormUrlEncodedContent(await ReleaseFieldsAsync()));

        var body = await Refusal.AssertAsync(response, HttpStatusCode.Unauthorized, Expired);
        Assert.Contains("<h1>This page has expired</h1>", body, StringComparison.Ordinal);
        await AssertNothingReleasedAsync();
    }

    [Fact]
    public async Task An_expired_form_token_is_refused_with_a_sentence_and_queues_nothing()
    {
        var page = await scenario.OpenAsync(await scenario.LaunchAsync("teacher"));
        factory.Clock.Advance(SessionTokenConstants.Lifetime + TimeSpan.FromMinutes(1));

        using var response = await PageForm.PostAsync(browser, page, await ReleasePathAsync(), await ReleaseFieldsAsync());

        await Refusal.AssertAsync(response, HttpStatusCode.Unauthorized, Expired);
        await AssertNothingReleasedAsync();
    }

    [Fact]
    public async Task A_script_call_with_an_expired_bearer_token_gets_a_plain_sentence_it_can_show_and_changes_nothing()
    {
        var assignment = await QueryAsync(db => db.Assignments.Where(a => a.Kind == AssignmentKind.AssessedWork).Select(a => a.Id).SingleAsync());
        var token = await scenario.LaunchAsync("student");
        factory.Clock.Advance(SessionTokenConstants.Lifetime + TimeSpan.FromMinutes(1));
        using var request = new HttpRequestMessage(HttpMethod.Put, $"/app/assignments/{assignment}/submission/essay")
        {
            Content = JsonContent.Create(new { markdown = "Typed after the session ended." }),
        };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);

        using var response = await browser.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("Your LtiPathways session has ended, so this was not saved", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(await QueryAsync(db => db.Submissions.ToListAsync()));
    }

    [Fact]
    public async Task A_put_with_the_token_only_in_the_cookie_changes_no_essay()
    {
        var assignment = await QueryAsync(db => db.Assignments.Where(a => a.Kind == AssignmentKind.AssessedWork).Select(a => a.Id).SingleAsync());
        using var request = new HttpRequestMessage(HttpMethod.Put, $"/app/assignments/{assignment}/submission/essay")
        {
            Content = JsonContent.Create(new { markdown = "Written by another site." }),
        };
        request.Headers.Add("Cookie", $"{SessionTokenConstants.Cookie}={await scenario.LaunchAsync("student")}");

        using var response = await browser.SendAsync(request);

        await Refusal.AssertAsync(response, HttpStatusCode.Unauthorized, Expired);
        Assert.Empty(await QueryAsync(db => db.Submissions.ToListAsync()));
    }

    [Fact]
    public async Task A_form_token_acts_as_its_own_user_whatever_cookie_rides_along()
    {
        var studentPage = await scenario.OpenAsync(await scenario.LaunchAsync("student"));
        using var request = new HttpRequestMessage(HttpMethod.Post, await ReleasePathAsync())
        {
            Content = new FormUrlEncodedContent(PageForm.Fields(studentPage, await ReleaseFieldsAsync())),
        };
        request.Headers.Add("Cookie", $"{SessionTokenConstants.Cookie}={await scenario.LaunchAsync("teacher")}");

        using var response = await browser.SendAsync(request);

        await Refusal.AssertAsync(response, HttpStatusCode.Forbidden, "Only teachers of this course can release grades.");
        await AssertNothingReleasedAsync();
    }

    [Fact]
    public async Task The_pages_token_in_the_authorization_header_releases_as_the_form_field_does()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, await ReleasePathAsync()) { Content = new FormUrlEncodedContent(await ReleaseFieldsAsync()) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await scenario.LaunchAsync("teacher"));

        using var response = await browser.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(await scenario.OutboxAsync());
    }

    /// <summary>The teacher's release of 17 points for the student, without any session token.</summary>
    private async Task<Dictionary<string, string>> ReleaseFieldsAsync()
    {
        var student = await scenario.UserIdAsync(scenario.StudentSubject);
        return new() { ["points-" + student] = "17" };
    }

    /// <summary>Where the assignment page's Release button for the student posts.</summary>
    private async Task<string> ReleasePathAsync() => "/app/grading/release/" + await scenario.UserIdAsync(scenario.StudentSubject);

    private async Task AssertNothingReleasedAsync()
    {
        Assert.Empty(await QueryAsync(db => db.Grades.ToListAsync()));
        Assert.Empty(await scenario.OutboxAsync());
    }

    private async Task<T> QueryAsync<T>(Func<PathwaysDbContext, Task<T>> query)
    {
        using var scope = factory.Services.CreateScope();
        return await query(scope.ServiceProvider.GetRequiredService<PathwaysDbContext>());
    }
}
