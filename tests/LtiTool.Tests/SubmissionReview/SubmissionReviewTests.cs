using System.Net;
using LtiPathways.LtiTool.Sandbox;
using LtiPathways.LtiTool.Tests.DeepLinking;
using LtiPathways.LtiTool.Tests.Infrastructure;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Grading;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LtiPathways.LtiTool.Tests.SubmissionReview;

public sealed class SubmissionReviewTests : IAsyncLifetime, IDisposable
{
    private readonly ToolFactory factory = new();
    private LaunchDriver driver = default!;
    private SandboxPlacement placement = default!;

    public async Task InitializeAsync()
    {
        driver = new LaunchDriver(factory);
        await driver.RegisterSandboxAsync();
        var jwt = await DeepLinkingFlow.PlaceAsync(driver);
        var assignmentId = DeepLinkingFlow.Items(jwt)[0]!["custom"]!["assignment_id"]!.GetValue<string>();
        placement = new SandboxPlacement("placed-essay", "Reflective project: service learning", "http://localhost/lti/launch",
            new Dictionary<string, string> { ["assignment_id"] = assignmentId }, null);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        driver.Dispose();
        factory.Dispose();
    }

    [Fact]
    public async Task A_student_who_never_launched_is_named_and_said_to_have_no_work()
    {
        var (status, html) = await ReviewAsync("teacher");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Jordan Lee", html, StringComparison.Ordinal);
        Assert.Contains("has not opened LtiPathways in this course yet", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_student_without_a_grade_has_no_submission_or_feedback_yet()
    {
        await driver.LaunchAsAsync("student");

        var (_, html) = await ReviewAsync("teacher");

        Assert.Contains("Reflective project: service learning", html, StringComparison.Ordinal);
        Assert.Contains("No submission or feedback yet.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_reviewer_sees_the_students_grade_and_feedback()
    {
        await driver.LaunchAsAsync("student");
        using (var scope = factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PathwaysDbContext>();
            var student = await db.Users.SingleAsync(u => u.Subject == SandboxCourse.Find("student")!.Subject);
            db.Grades.Add(new Grade
            {
                AssignmentId = Guid.Parse(placement.Custom["assignment_id"]), StudentUserId = student.Id, Points = 18m,
                Comment = "Thoughtful reflection; cite your sources.", UpdatedAt = factory.Clock.GetUtcNow().UtcDateTime,
            });
            await db.SaveChangesAsync();
        }

        var (status, html) = await ReviewAsync("teacher");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Jordan Lee", html, StringComparison.Ordinal);
        Assert.Contains("18 out of 25", html, StringComparison.Ordinal);
        Assert.Contains("Thoughtful reflection; cite your sources.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_student_cannot_open_the_review()
    {
        var (status, html) = await ReviewAsync("student");

        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Contains("Only teachers can review submissions", html, StringComparison.Ordinal);
    }

    private async Task<(HttpStatusCode, string)> ReviewAsync(string person)
    {
        var login = await driver.LoginAsync(person, "LtiSubmissionReviewRequest");
        var claims = SandboxMessage.IdToken(SandboxCourse.Find(person)!, "LtiSubmissionReviewRequest", login.Nonce,
            LaunchDriver.ToolBase, LaunchDriver.Addresses.PlatformBaseUrl, factory.Clock.GetUtcNow(), placement: placement);
        using var response = await driver.LaunchAsync(driver.Sign(claims), login.State);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}
