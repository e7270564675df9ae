using System.Net;
using LtiPathways.LtiTool.Sandbox;
using LtiPathways.LtiTool.Tests.Infrastructure;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Assignments;
using LtiPathways.PathwayGraphQL.Data.Courses;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LtiPathways.LtiTool.Tests.DeepLinking;

/// <summary>The whole round trip: the sandbox checks and records the response, then launches the placed link.</summary>
public sealed class PlacementTests : IAsyncLifetime, IDisposable
{
    private readonly ToolFactory factory = new();
    private LaunchDriver driver = default!;

    public PlacementTests() =>
        // One host name for platform and tool, so the sandbox's own authorize endpoint accepts the test's redirect_uri.
        factory.Settings["Lti:PublicBaseUrl"] = LaunchDriver.ToolBase;

    public async Task InitializeAsync()
    {
        driver = new LaunchDriver(factory);
        await driver.RegisterSandboxAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        driver.Dispose();
        factory.Dispose();
    }

    private SandboxGradebook Gradebook => factory.Services.GetRequiredService<SandboxGradebook>();

    [Fact]
    public async Task The_sandbox_records_the_placement_and_its_line_item_and_a_launch_of_it_links_the_assignment()
    {
        var jwt = await DeepLinkingFlow.PlaceAsync(driver);
        var (status, confirmation) = await ReturnAsync(jwt);
        var assignment = await QueryAsync(db => db.Assignments.SingleAsync());

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Reflective project: service learning", confirmation, StringComparison.Ordinal);
        var placement = Assert.Single(Gradebook.Placements.Values);
        Assert.Equal(assignment.Id.ToString(), placement.Custom["assignment_id"]);
        var lineItem = Assert.Single(Gradebook.LineItems.Values);
        Assert.Equal(placement.LineItemId, lineItem.Id);
        Assert.Equal(placement.ResourceLinkId, lineItem.ResourceLinkId);
        Assert.Equal(25m, lineItem.ScoreMaximum);
        Assert.Equal(assignment.Id.ToString(), lineItem.ResourceId);

        var (launchStatus, page) = await LaunchThroughSandboxAsync("student", placement.ResourceLinkId);
        var link = await QueryAsync(db => db.ResourceLinks.SingleAsync(l => l.ResourceLinkId == placement.ResourceLinkId));

        // An assessed assignment opens its grading page (the landing redirects there with the new session).
        Assert.Equal(HttpStatusCode.Redirect, launchStatus);
        Assert.Contains("/app/grading", page, StringComparison.Ordinal);
        Assert.Equal(assignment.Id, link.AssignmentId);
        Assert.Equal("Reflective project: service learning", link.Title);
        Assert.Equal($"http://localhost/sandbox/courses/{SandboxCourse.ContextId}/lineitems/{lineItem.Id}", link.LineItemUrl);
    }

    [Fact]
    public async Task The_sandbox_refuses_a_response_whose_signature_does_not_verify()
    {
        var jwt = await DeepLinkingFlow.PlaceAsync(driver);
        var parts = jwt.Split('.');
        var forged = DeepLinkingFlow.Payload(jwt);
        forged["https://purl.imsglobal.org/spec/lti-dl/claim/msg"] = "changed on the way";
        var tampered = $"{parts[0]}.{Microsoft.IdentityModel.Tokens.Base64UrlEncoder.Encode(forged.ToJsonString())}.{parts[2]}";

        var (status, html) = await ReturnAsync(tampered);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("signature", html, StringComparison.Ordinal);
        Assert.Empty(Gradebook.Placements);
    }

    [Fact]
    public async Task The_sandbox_refuses_a_response_older_than_five_minutes()
    {
        var jwt = await DeepLinkingFlow.PlaceAsync(driver);
        factory.Clock.Advance(TimeSpan.FromMinutes(6));

        var (status, html) = await ReturnAsync(jwt);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("older than 5 minutes", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_forged_assignment_id_from_another_course_links_nothing()
    {
        await driver.LaunchAsAsync("teacher");
        var foreign = await QueryAsync(async db =>
        {
            var deployment = await db.Courses.Select(c => c.DeploymentId).SingleAsync();
            var other = new Course { DeploymentId = deployment, ContextId = "another-course", Title = "Another course" };
            var assignment = new Assignment { CourseId = other.Id, Title = "Someone else's work", Kind = AssignmentKind.AssessedWork };
            db.Courses.Add(other);
            db.Assignments.Add(assignment);
            await db.SaveChangesAsync();
            return assignment.Id;
        });
        var placement = new SandboxPlacement("forged-link", "Forged", "http://localhost/lti/launch",
            new Dictionary<string, string> { ["assignment_id"] = foreign.ToString() }, null);
        var login = await driver.LoginAsync("student");
        var claims = SandboxMessage.IdToken(SandboxCourse.Find("student")!, "LtiResourceLinkRequest", login.Nonce,
            LaunchDriver.ToolBase, LaunchDriver.Addresses.PlatformBaseUrl, factory.Clock.GetUtcNow(), placement: placement);

        using var response = await driver.LaunchAsync(driver.Sign(claims), login.State);
        var link = await QueryAsync(db => db.ResourceLinks.SingleAsync(l => l.ResourceLinkId == "forged-link"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(link.AssignmentId);
    }

    private async Task<(HttpStatusCode, string)> ReturnAsync(string jwt)
    {
        using var response = await driver.Client.PostAsync(LaunchDriver.ToolBase + "/sandbox/deep-link-return",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["JWT"] = jwt }));
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Login at the tool, authorization at the sandbox (which reads the placement from the message hint), launch.</summary>
    private async Task<(HttpStatusCode, string)> LaunchThroughSandboxAsync(string person, string placementId)
    {
        var loginUrl = SandboxLaunchLinks.LoginUrl(
            LaunchDriver.Addresses, SandboxCourse.Find(person)!, "LtiResourceLinkRequest", offerStorage: false, placementId: placementId);
        using var login = await driver.Client.GetAsync(loginUrl);
        using var authorize = await driver.Client.GetAsync(login.Headers.Location);
        var formPost = await authorize.Content.ReadAsStringAsync();
        using var launch = await driver.LaunchAsync(DeepLinkingFlow.Hidden(formPost, "id_token"), DeepLinkingFlow.Hidden(formPost, "state"));
        return (launch.StatusCode, launch.Headers.Location?.ToString() ?? await launch.Content.ReadAsStringAsync());
    }

    private async Task<T> QueryAsync<T>(Func<PathwaysDbContext, Task<T>> query)
    {
        using var scope = factory.Services.CreateScope();
        return await query(scope.ServiceProvider.GetRequiredService<PathwaysDbContext>());
    }
}
