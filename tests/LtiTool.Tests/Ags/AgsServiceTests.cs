using System.Net;
using LtiPathways.LtiTool.Lti.Ags;
using LtiPathways.LtiTool.Lti.Keys;
using LtiPathways.LtiTool.Sandbox;
using LtiPathways.LtiTool.Tests.Infrastructure;
using LtiPathways.PathwayGraphQL.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LtiPathways.LtiTool.Tests.Ags;

public sealed class AgsServiceTests : IAsyncLifetime, IDisposable
{
    private const string TokenUrl = LaunchDriver.ToolBase + "/sandbox/token";
    private readonly ToolFactory factory = new();
    private AgsScenario scenario = default!;

    public async Task InitializeAsync() => scenario = await AgsScenario.StartAsync(factory);

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        scenario.Dispose();
        factory.Dispose();
    }

    [Fact]
    public async Task Line_items_are_created_listed_over_pages_filtered_read_changed_and_deleted()
    {
        var (client, access, container) = await ServicesAsync();
        for (var i = 0; i < 5; i++)
        {
            await client.CreateAsync(access, container, new LineItem { Label = $"Unit {i}", ScoreMaximum = 10, Tag = "unit" }, default);
        }

        var before = scenario.Log.Calls.Count;
        var all = await client.ListAsync(access, container, new LineItemFilter(Tag: "unit", Limit: 2), default);
        Assert.Equal(5, all.Count);
        Assert.Equal(3, scenario.Log.Calls.Count - before);
        Assert.Single(await client.ListAsync(access, container, new LineItemFilter(ResourceLinkId: scenario.Placement.ResourceLinkId), default));

        var changed = await client.UpdateAsync(access, all[0] with { Label = "Unit zero", ScoreMaximum = 12 }, default);
        Assert.Equal("Unit zero", (await client.GetAsync(access, changed.Id!, default)).Label);
        await client.DeleteAsync(access, changed.Id!, default);
        Assert.Equal(4, (await client.ListAsync(access, container, new LineItemFilter(Tag: "unit"), default)).Count);
    }

    [Fact]
    public async Task Results_report_the_score_the_tool_sent()
    {
        await scenario.ReleaseAsync(await scenario.UserIdAsync(scenario.StudentSubject), "19", "Excellent");
        await scenario.Worker.DeliverDueAsync();
        var (_, access, _) = await ServicesAsync();
        var results = factory.Services.GetRequiredService<ResultClient>();

        var result = Assert.Single(await results.ListAsync(
            access, SandboxLineItemEndpoints.ItemUrl(LaunchDriver.Addresses.PlatformBaseUrl, scenario.Placement.LineItemId!), scenario.StudentSubject, default));
        Assert.Equal(19m, result.ResultScore);
        Assert.Equal("Excellent", result.Comment);
    }

    [Fact]
    public async Task A_moodle_style_line_item_url_gets_scores_inserted_before_its_query_string()
    {
        var moodleUrl = SandboxLineItemEndpoints.ItemUrl(LaunchDriver.Addresses.PlatformBaseUrl, scenario.Placement.LineItemId!) + "/lineitem?type_id=7";
        var student = await scenario.UserIdAsync(scenario.StudentSubject);
        var page = await scenario.OpenAsync(await scenario.LaunchAsync("teacher"));

        // As if the launch had carried Moodle's line item claim (a launch would overwrite what we set before it).
        using (var scope = factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PathwaysDbContext>();
            await db.ResourceLinks.Where(l => l.AssignmentId != null).ExecuteUpdateAsync(s => s.SetProperty(l => l.LineItemUrl, moodleUrl));
        }

        await scenario.PostAsync(page, $"release/{student}", new Dictionary<string, string> { ["points-" + student] = "11" });
        await scenario.Worker.DeliverDueAsync();

        var post = Assert.Single(scenario.Log.Calls, c => c.Method == "POST" && c.PathAndQuery.Contains("/scores", StringComparison.Ordinal));
        Assert.EndsWith($"/lineitems/{scenario.Placement.LineItemId}/lineitem/scores?type_id=7", post.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(200, post.StatusCode);
    }

    [Theory]
    [InlineData(TokenUrl + "/", "aud must be exactly")]
    [InlineData("http://localhost/sandbox/oauth", "aud must be exactly")]
    public async Task The_sandbox_token_endpoint_refuses_an_assertion_for_another_audience(string audience, string problem)
    {
        using var response = await PostTokenAsync(await AssertionAsync(audience));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains(problem, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_sandbox_token_endpoint_refuses_a_replayed_assertion_and_grants_only_offered_scopes()
    {
        var assertion = await AssertionAsync(TokenUrl);
        using var first = await PostTokenAsync(assertion, "https://purl.imsglobal.org/spec/lti-ags/scope/score https://example.org/unknown");
        using var replay = await PostTokenAsync(assertion);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Contains("\"scope\":\"https://purl.imsglobal.org/spec/lti-ags/scope/score\"", await first.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, replay.StatusCode);
        Assert.Contains("jti has been used before", await replay.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private async Task<string> AssertionAsync(string audience)
    {
        using var scope = factory.Services.CreateScope();
        var key = await scope.ServiceProvider.GetRequiredService<ToolKeyStore>().GetSigningKeyAsync();
        return ClientAssertion.Create(key, SandboxPlatform.ClientId, audience, factory.Clock.GetUtcNow());
    }

    private Task<HttpResponseMessage> PostTokenAsync(string assertion, string scope = "https://purl.imsglobal.org/spec/lti-ags/scope/score") =>
        scenario.Driver.Client.PostAsync(TokenUrl, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_assertion_type"] = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
            ["client_assertion"] = assertion,
            ["scope"] = scope,
        }));

    private async Task<(LineItemClient Client, AgsAccess Access, string Container)> ServicesAsync()
    {
        using var scope = factory.Services.CreateScope();
        var course = await scope.ServiceProvider.GetRequiredService<PathwaysDbContext>().Courses
            .Include(c => c.Deployment!).ThenInclude(d => d.Registration).AsNoTracking().SingleAsync();
        return (factory.Services.GetRequiredService<LineItemClient>(), new AgsAccess(course.Deployment!.Registration!, course.ServiceScopes), course.LineItemsUrl!);
    }
}
