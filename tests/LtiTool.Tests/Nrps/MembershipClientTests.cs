using LtiPathways.LtiTool.Lti.Nrps;
using LtiPathways.LtiTool.Sandbox;
using LtiPathways.LtiTool.Tests.Infrastructure;
using LtiPathways.PathwayGraphQL.Data;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace LtiPathways.LtiTool.Tests.Nrps;

public sealed class MembershipClientTests : IAsyncLifetime, IDisposable
{
    private const string MembershipsUrl = "http://localhost/sandbox/courses/" + SandboxCourse.ContextId + "/memberships";
    private readonly ToolFactory factory = new();
    private LaunchDriver driver = default!;

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

    [Fact]
    public async Task The_sandbox_roster_is_read_over_three_pages_with_a_real_access_token()
    {
        var roster = await FetchAsync(MembershipQuery.All);

        Assert.Equal(3, roster.Pages);
        Assert.Equal(SandboxCourse.People.Count + SandboxRoster.GeneratedStudents, roster.Members.Count);
        Assert.Equal(roster.Members.Count, roster.Members.Select(m => m.UserId).Distinct().Count());
        Assert.Equal(SandboxCourse.ContextId, roster.ContextId);
        Assert.Single(roster.Members, m => !m.IsActive);
        Assert.Equal(1, factory.Services.GetRequiredService<SandboxAccessTokens>().Issued);
    }

    [Fact]
    public async Task A_role_filter_keeps_only_that_role_and_survives_paging()
    {
        var roster = await FetchAsync(new MembershipQuery(Role: "Learner", Limit: 40));

        Assert.Equal(1 + SandboxRoster.GeneratedStudents, roster.Members.Count);
        Assert.Equal(4, roster.Pages);
        Assert.All(roster.Members, m => Assert.Contains("http://purl.imsglobal.org/vocab/lis/v2/membership#Learner", m.Roles));
    }

    [Fact]
    public async Task Next_links_are_followed_keeping_filters_and_the_platforms_own_query_string()
    {
        var handler = new FakePlatformHandler(request => request.RequestUri!.Query.Contains("page=2", StringComparison.Ordinal)
            ? FakePlatformHandler.Json("""{"context":{"id":"canvas-own-id"},"members":[{"user_id":"b","roles":["Learner"]}]}""")
            // The platform's next link drops our role filter; the client must put it back.
            : FakePlatformHandler.Json(
                """{"context":{"id":"canvas-own-id"},"members":[{"user_id":"a","roles":["Learner"],"status":"Active"},{"roles":[]}]}""",
                next: "https://lms.example.org/api/lti/courses/7/names_and_roles?type_id=3&page=2"));
        var client = new MembershipClient(new SingleClientFactory(handler), new StaticTokens(), NullLogger<MembershipClient>.Instance);
        var registration = await RegistrationAsync("canvas");

        var roster = await client.FetchAsync(registration, "https://lms.example.org/api/lti/courses/7/names_and_roles?type_id=3",
            new MembershipQuery(Role: "Learner", ResourceLinkId: "link-1"), CancellationToken.None);

        Assert.Equal(["a", "b"], roster.Members.Select(m => m.UserId));
        Assert.Equal("canvas-own-id", roster.ContextId);
        var first = QueryHelpers.ParseQuery(handler.Requests[0].Query);
        var second = QueryHelpers.ParseQuery(handler.Requests[1].Query);
        Assert.Equal(("3", "Learner", "link-1"), (first["type_id"].ToString(), first["role"].ToString(), first["rlid"].ToString()));
        Assert.Equal(("3", "2", "Learner"), (second["type_id"].ToString(), second["page"].ToString(), second["role"].ToString()));
    }

    [Fact]
    public async Task Schoology_is_never_sent_rlid()
    {
        var handler = new FakePlatformHandler(_ => FakePlatformHandler.Json("""{"members":[{"user_id":"a","roles":[]}]}"""));
        var client = new MembershipClient(new SingleClientFactory(handler), new StaticTokens(), NullLogger<MembershipClient>.Instance);

        await client.FetchAsync(await RegistrationAsync("schoology"), "https://lti-service.svc.schoology.com/lti-service/memberships/1",
            new MembershipQuery(ResourceLinkId: "link-1"), CancellationToken.None);

        Assert.DoesNotContain("rlid", handler.Requests.Single().Query, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refused_roster_is_an_nrps_error_with_a_sentence()
    {
        var handler = new FakePlatformHandler(_ => new HttpResponseMessage(System.Net.HttpStatusCode.Forbidden));
        var client = new MembershipClient(new SingleClientFactory(handler), new StaticTokens(), NullLogger<MembershipClient>.Instance);

        var registration = await RegistrationAsync(null);
        var error = await Assert.ThrowsAsync<NrpsException>(() => client.FetchAsync(
            registration, "https://lms.example.org/memberships", MembershipQuery.All, CancellationToken.None));
        Assert.Contains("403", error.Message, StringComparison.Ordinal);
    }

    private async Task<MembershipRoster> FetchAsync(MembershipQuery query)
    {
        using var scope = factory.Services.CreateScope();
        var registration = await scope.ServiceProvider.GetRequiredService<PathwaysDbContext>().PlatformRegistrations.SingleAsync();
        return await scope.ServiceProvider.GetRequiredService<MembershipClient>().FetchAsync(registration, MembershipsUrl, query, CancellationToken.None);
    }

    private async Task<PathwayGraphQL.Data.Platforms.PlatformRegistration> RegistrationAsync(string? family)
    {
        using var scope = factory.Services.CreateScope();
        var registration = await scope.ServiceProvider.GetRequiredService<PathwaysDbContext>().PlatformRegistrations.AsNoTracking().SingleAsync();
        registration.ProductFamily = family;
        return registration;
    }

    private sealed class SingleClientFactory(HttpMessageHandler handler) : IHttpClientFactory
    {
        public HttpClient CreateClient(string name) => new(handler, disposeHandler: false);
    }
}
