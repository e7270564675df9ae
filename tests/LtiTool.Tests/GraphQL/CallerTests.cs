using System.Net;
using LtiPathways.LtiTool.Session;
using LtiPathways.PathwayGraphQL.ApiTokens;
using LtiPathways.PathwayGraphQL.Data.Api;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LtiPathways.LtiTool.Tests.GraphQL;

/// <summary>Who may ask: a live session token or API token; nobody else, and a read token never writes.</summary>
public sealed class CallerTests : IDisposable
{
    private readonly GraphQLHarness harness = new();

    [Fact]
    public async Task Without_a_bearer_the_answer_is_401_with_a_graphql_error()
    {
        var answer = await harness.PostAsync(null, "{ viewer { kind } }");

        Assert.Equal(HttpStatusCode.Unauthorized, answer.Status);
        Assert.Equal("UNAUTHENTICATED", answer.FirstCode);
        Assert.False(answer.HasData);
    }

    [Theory]
    [InlineData("ltp_unknownunknownunknownunknownunknown")]
    [InlineData("not.a.jwt")]
    public async Task An_unknown_token_is_401(string token)
    {
        var answer = await harness.PostAsync(token, "{ viewer { kind } }");

        Assert.Equal(HttpStatusCode.Unauthorized, answer.Status);
        Assert.Contains("not valid", answer.FirstError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_revoked_token_is_refused_at_once_and_its_last_use_was_recorded()
    {
        var token = await harness.ApiTokenAsync();
        var before = await harness.PostAsync(token, "{ viewer { kind } }");
        var stored = await harness.QueryAsync(db => db.ApiTokens.SingleAsync(t => t.SecretHash == ApiTokenSecret.Hash(token)));
        using (var scope = harness.Factory.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<ApiTokenStore>().RevokeAsync(stored.Id, null, CancellationToken.None);
        }

        var after = await harness.PostAsync(token, "{ viewer { kind } }");

        Assert.Equal(HttpStatusCode.OK, before.Status);
        Assert.Equal(harness.Factory.Clock.GetUtcNow().UtcDateTime, stored.LastUsedAt);
        Assert.Equal(HttpStatusCode.Unauthorized, after.Status);
    }

    [Fact]
    public async Task An_expired_session_token_is_401()
    {
        var token = await harness.SessionAsync("teacher");
        harness.Factory.Clock.Advance(SessionTokenConstants.Lifetime + TimeSpan.FromMinutes(5));

        var answer = await harness.PostAsync(token, "{ viewer { kind } }");

        Assert.Equal(HttpStatusCode.Unauthorized, answer.Status);
        Assert.Contains("session", answer.FirstError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_the_hash_of_a_token_is_stored()
    {
        var token = await harness.ApiTokenAsync();

        var rows = await harness.QueryAsync(db => db.ApiTokens.AsNoTracking().ToListAsync());

        var row = Assert.Single(rows);
        Assert.NotEqual(token, row.SecretHash);
        Assert.DoesNotContain(token[8..], row.Hint, StringComparison.Ordinal);
        Assert.Equal(ApiTokenSecret.Hash(token), row.SecretHash);
    }

    [Fact]
    public async Task A_read_token_may_not_send_a_mutation()
    {
        var answer = await harness.PostAsync(await harness.ApiTokenAsync(scope: ApiTokenScope.Read), "mutation { __typename }",
            accept: "application/graphql-response+json");

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal("READ_ONLY_TOKEN", answer.FirstCode);
    }

    public void Dispose() => harness.Dispose();
}
