using System.Net;
using System.Text.Json.Nodes;
using LtiPathways.LtiTool.Tests.Infrastructure;

namespace LtiPathways.LtiTool.Tests.Mentoring;

/// <summary>A mentor's launch from the course (not an assignment) lands on their mentees and the course's assessed work.</summary>
public sealed class MentorHomeTests : IAsyncLifetime, IDisposable
{
    private readonly MentorScenario scenario = new();

    public Task InitializeAsync() => scenario.StartAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => scenario.Dispose();

    [Fact]
    public async Task The_home_page_lists_the_mentees_of_this_course_and_links_to_their_work()
    {
        using var response = await scenario.Harness.Driver.LaunchAsAsync("mentor");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Mentor view", html, StringComparison.Ordinal);
        Assert.Contains("<li>Jordan Lee</li>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Casey Moreau", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"{scenario.SubmissionsPage}\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_mentee_named_before_their_first_launch_appears_once_they_open_LtiPathways()
    {
        const string Claim = "https://purl.imsglobal.org/spec/lti/claim/role_scope_mentor";
        using var first = await scenario.Harness.Driver.LaunchAsAsync("mentor", change: claims => claims[Claim] = new JsonArray("sandbox-student-1", "late-student"));
        var token = await LaunchDriver.SessionFromAsync(first);
        Assert.DoesNotContain("Ana Late", await first.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        (await scenario.Harness.Driver.LaunchAsAsync("student", change: claims => (claims["sub"], claims["name"]) = ("late-student", "Ana Late"))).Dispose();
        var (status, html) = await scenario.GetAsync("/app/", token);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<li>Ana Late</li>", html, StringComparison.Ordinal);
        Assert.Contains("<li>Jordan Lee</li>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_linked_students_the_home_page_says_the_lms_has_linked_none()
    {
        using var response = await scenario.Harness.Driver.LaunchAsAsync(
            "mentor", change: claims => claims.Remove("https://purl.imsglobal.org/spec/lti/claim/role_scope_mentor"));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Your LMS has not linked any students in this course to you as their mentor", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Jordan Lee", html, StringComparison.Ordinal);
        Assert.DoesNotContain(scenario.SubmissionsPage, html, StringComparison.Ordinal);
    }
}
