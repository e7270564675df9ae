using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using LtiPathways.LtiTool.Features.Submissions;
using LtiPathways.LtiTool.Features.Submissions.LinkPreviews;
using LtiPathways.LtiTool.Tests.Infrastructure;
using LtiPathways.PathwayGraphQL.Data.Assignments;
using LtiPathways.PathwayGraphQL.Data.Courses;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LtiPathways.LtiTool.Tests.Submissions.LinkPreviews;

/// <summary>The student's "fill in from the page" call: only with their session, only on their assignment, never a 500.</summary>
public sealed class LinkPreviewEndpointTests : IAsyncLifetime, IDisposable
{
    private readonly SubmissionHarness harness = new();
    private PreviewServer server = default!;
    private string student = "";

    public async Task InitializeAsync()
    {
        server = await PreviewServer.StartAsync();
        harness.Factory.ExtraServices = services => services.AddSingleton<LinkAddressGuard>(new TestServerGuard());
        await harness.PlaceAsync();
        student = await harness.SessionAsync("student");
    }

    public Task DisposeAsync() => server.DisposeAsync().AsTask();

    public void Dispose() => harness.Dispose();

    private string Path => $"/app/assignments/{harness.AssignmentId}/submission/link-preview";

    [Fact]
    public async Task A_student_gets_the_pages_title_description_and_site_name()
    {
        using var response = await PreviewAsync(Path, student, server.Url("/og"));
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(("Our river clean-up", "Week 3 of the service project.", "Class blog"),
            (body["title"]!.GetValue<string>(), body["description"]!.GetValue<string>(), body["siteName"]!.GetValue<string>()));
    }

    [Fact]
    public async Task The_button_stays_hidden_until_the_script_shows_it_so_the_form_works_without_javascript()
    {
        using var page = await harness.Driver.Client.GetAsync($"{LaunchDriver.ToolBase}/app/assignments/{harness.AssignmentId}/submission?session={student}");
        var html = await page.Content.ReadAsStringAsync();

        Assert.Contains("<div class=\"link-preview\" data-testid=\"link-preview\" hidden>", html, StringComparison.Ordinal);
        Assert.Contains("/js/link-preview.js", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refused_preview_is_a_422_sentence_and_the_saved_link_stays_as_it_was()
    {
        using var save = await harness.Driver.Client.SendAsync(harness.Request(HttpMethod.Put, $"/app/assignments/{harness.AssignmentId}/submission/link",
            student, JsonContent.Create(new { url = "https://93.184.215.14/post", title = "My own title", description = "My words" })));

        using var metadata = await PreviewAsync(Path, student, "http://169.254.169.254/latest/meta-data/");
        using var missing = await PreviewAsync(Path, student, server.Url("/missing"));
        using var garbage = await PreviewAsync(Path, student, "not a web address");

        Assert.Equal(HttpStatusCode.OK, save.StatusCode);
        Assert.Equal((HttpStatusCode.UnprocessableEntity, LinkPreviewSentences.Private), (metadata.StatusCode, await metadata.Content.ReadAsStringAsync()));
        Assert.Equal((HttpStatusCode.UnprocessableEntity, LinkPreviewSentences.ErrorStatus(404)), (missing.StatusCode, await missing.Content.ReadAsStringAsync()));
        Assert.Equal((HttpStatusCode.UnprocessableEntity, LinkPreviewSentences.NotAnAddress), (garbage.StatusCode, await garbage.Content.ReadAsStringAsync()));
        var stored = await harness.QueryAsync(db => db.Submissions.SingleAsync());
        Assert.Equal(("https://93.184.215.14/post", "My own title", "My words"), (stored.LinkUrl, stored.LinkTitle, stored.LinkDescription));
    }

    [Fact]
    public async Task An_assignment_of_another_course_is_not_found_and_nothing_is_fetched()
    {
        var foreign = await harness.QueryAsync(async db =>
        {
            var deployment = await db.Courses.Select(c => c.DeploymentId).FirstAsync();
            var other = new Course { DeploymentId = deployment, ContextId = "another-course", Title = "Another course" };
            var assignment = new Assignment { CourseId = other.Id, Title = "Someone else's work", Kind = AssignmentKind.AssessedWork, SubmissionTypes = "link" };
            db.Courses.Add(other);
            db.Assignments.Add(assignment);
            await db.SaveChangesAsync();
            return assignment.Id;
        });

        using var response = await PreviewAsync($"/app/assignments/{foreign}/submission/link-preview", student, server.Url("/og"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Empty(server.Hits);
    }

    [Fact]
    public async Task Without_a_session_the_call_is_unauthorised_and_nothing_is_fetched()
    {
        using var response = await harness.Driver.CookielessClient.PostAsync(LaunchDriver.ToolBase + Path, JsonContent.Create(new { url = server.Url("/og") }));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(server.Hits);
    }

    [Fact]
    public async Task A_teacher_is_told_previews_are_for_students()
    {
        var teacher = await harness.SessionAsync("teacher");

        using var response = await PreviewAsync(Path, teacher, server.Url("/og"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("Only students submit work", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(server.Hits);
    }

    [Fact]
    public async Task The_teacher_reads_the_students_title_description_and_address_without_the_page()
    {
        var address = server.Url("/gone-now");
        await harness.Driver.Client.SendAsync(harness.Request(HttpMethod.Put, $"/app/assignments/{harness.AssignmentId}/submission/link", student,
            JsonContent.Create(new { url = address, title = "River clean-up diary", description = "What we found in week 3" })));
        await harness.Driver.Client.SendAsync(harness.Request(HttpMethod.Post, $"/app/assignments/{harness.AssignmentId}/submission/submit", student));
        var submission = await harness.QueryAsync(db => db.Submissions.SingleAsync());
        var teacher = await harness.SessionAsync("teacher");
        await server.DisposeAsync();

        using var page = await harness.Driver.Client.GetAsync(
            $"{LaunchDriver.ToolBase}/app/assignments/{harness.AssignmentId}/submissions/{submission.Id}?session={teacher}");
        var html = WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("River clean-up diary", html, StringComparison.Ordinal);
        Assert.Contains("What we found in week 3", html, StringComparison.Ordinal);
        Assert.Contains($">{address}<", html, StringComparison.Ordinal);
    }

    private Task<HttpResponseMessage> PreviewAsync(string path, string token, string url) =>
        harness.Driver.Client.SendAsync(harness.Request(HttpMethod.Post, path, token, JsonContent.Create(new { url })));
}
