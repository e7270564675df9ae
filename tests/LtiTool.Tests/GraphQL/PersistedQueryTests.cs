using System.Net;
using System.Text.Json;
using LtiPathways.LtiTool.Tests.Infrastructure;
using LtiPathways.PathwayGraphQL.Schema.Persisted;

namespace LtiPathways.LtiTool.Tests.GraphQL;

/// <summary>The tool's own documents may be sent by their SHA-256 alone; other hashes are not known.</summary>
public sealed class PersistedQueryTests : IClassFixture<ToolFixture>
{
    private readonly GraphQLHarness harness;

    public PersistedQueryTests(ToolFixture fixture) => harness = fixture.Harness;

    [Fact]
    public async Task A_shipped_document_runs_by_its_hash()
    {
        var document = File.ReadAllText(Repository.File("src/PathwayGraphQL/Schema/Persisted/Documents/ViewerCourses.graphql"));
        var hash = PersistedQueries.Hash(document);

        var answer = await SendAsync(new { extensions = new { persistedQuery = new { version = 1, sha256Hash = hash } }, variables = new { first = 5 } });
        var byGet = await harness.SendAsync(await harness.ApiTokenAsync(), "", method: HttpMethod.Get,
            path: "/graphql?extensions=" + Uri.EscapeDataString(JsonSerializer.Serialize(new { persistedQuery = new { version = 1, sha256Hash = hash } })));

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Null(answer.Errors);
        Assert.Equal("API_TOKEN", answer.Data!["viewer"]!["kind"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, byGet.Status);
        Assert.NotNull(byGet.Data!["courses"]);
    }

    [Fact]
    public async Task An_unknown_hash_is_PersistedQueryNotFound()
    {
        var answer = await SendAsync(new { extensions = new { persistedQuery = new { version = 1, sha256Hash = new string('a', 64) } } });

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal("PersistedQueryNotFound", answer.FirstError);
        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", answer.FirstCode);
    }

    [Fact]
    public async Task A_hash_that_does_not_match_the_query_sent_with_it_is_refused()
    {
        var answer = await SendAsync(new
        {
            query = "{ __typename }",
            extensions = new { persistedQuery = new { version = 1, sha256Hash = PersistedQueries.Hash("{ viewer { kind } }") } },
        });

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal("provided sha does not match query", answer.FirstError);
    }

    [Fact]
    public void Every_document_in_the_folder_is_shipped() =>
        Assert.Equal(Directory.GetFiles(Repository.File("src/PathwayGraphQL/Schema/Persisted/Documents"), "*.graphql").Length,
            new PersistedQueries().ByHash.Count);

    private async Task<HttpAnswer> SendAsync(object body) =>
        await harness.SendAsync(await harness.ApiTokenAsync(), JsonSerializer.Serialize(body), "application/graphql-response+json");
}
