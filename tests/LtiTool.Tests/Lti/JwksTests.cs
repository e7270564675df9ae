using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using LtiPathways.LtiTool.Lti.Keys;
using LtiPathways.LtiTool.Tests.Infrastructure;
using LtiPathways.PathwayGraphQL.Data.Lti;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;

namespace LtiPathways.LtiTool.Tests.Lti;

/// <summary>The tool's published keys: public members only, and rotation that platforms see before it signs.</summary>
public sealed partial class JwksTests : ToolTest
{
    [Fact]
    public async Task The_jwks_publishes_only_the_public_members_of_an_rs256_signing_key()
    {
        var keys = await PublishedKeysAsync();

        var key = Assert.Single(keys);
        Assert.Equal("RSA", key.GetProperty("kty").GetString());
        Assert.False(string.IsNullOrEmpty(key.GetProperty("kid").GetString()));
        Assert.Equal("sig", key.GetProperty("use").GetString());
        Assert.Equal("RS256", key.GetProperty("alg").GetString());
        Assert.True(key.GetProperty("n").GetString()!.Length > 300);
        Assert.Equal("AQAB", key.GetProperty("e").GetString());
        foreach (var secret in new[] { "d", "p", "q", "dp", "dq", "qi" })
        {
            Assert.False(key.TryGetProperty(secret, out _), $"the JWKS must not publish '{secret}'");
        }
    }

    [Fact]
    public async Task After_rotation_the_jwks_lists_both_the_current_and_the_next_key()
    {
        var before = (await PublishedKeysAsync()).Select(Kid).ToList();

        var next = await WithAsync<ToolKeyStore, ToolKey>(store => store.RotateAsync());
        var after = (await PublishedKeysAsync()).Select(Kid).ToList();

        Assert.Equal(2, after.Count);
        Assert.Contains(next.Kid, after);
        Assert.Contains(Assert.Single(before), after);
    }

    [Fact]
    public async Task Session_tokens_are_signed_by_the_old_key_until_the_new_one_activates()
    {
        var old = Assert.Single((await PublishedKeysAsync()).Select(Kid));
        var next = await WithAsync<ToolKeyStore, ToolKey>(store => store.RotateAsync());

        var beforeActivation = await SessionKidAsync();
        Factory.Clock.Advance(TimeSpan.FromHours(1) + TimeSpan.FromSeconds(1));
        var afterActivation = await SessionKidAsync();

        Assert.Equal(UnlockedToolKey.SessionKid(old), beforeActivation);
        Assert.Equal(UnlockedToolKey.SessionKid(next.Kid), afterActivation);
        Assert.Contains(old, (await PublishedKeysAsync()).Select(Kid));
    }

    [Fact]
    public async Task A_rotation_made_by_another_instance_signs_here_within_the_refresh_interval()
    {
        var old = Assert.Single((await PublishedKeysAsync()).Select(Kid));
        Assert.Equal(UnlockedToolKey.SessionKid(old), await SessionKidAsync());

        // Another instance has its own cache; it shares the database and the Data Protection keys.
        using var scope = Factory.Services.CreateScope();
        using var otherCache = new ToolKeyCache();
        var next = await ActivatorUtilities.CreateInstance<ToolKeyStore>(scope.ServiceProvider, otherCache).RotateAsync(immediately: true);

        var stillCached = await SessionKidAsync();
        Factory.Clock.Advance(ToolKeyCache.RefreshInterval);
        var reread = await SessionKidAsync();

        Assert.Equal(UnlockedToolKey.SessionKid(old), stillCached);
        Assert.Equal(UnlockedToolKey.SessionKid(next.Kid), reread);
    }

    private async Task<List<JsonElement>> PublishedKeysAsync()
    {
        using var response = await Driver.Client.GetAsync(LaunchDriver.ToolBase + "/.well-known/jwks.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("keys").EnumerateArray().Select(k => k.Clone()).ToList();
    }

    private async Task<string> SessionKidAsync()
    {
        using var response = await Driver.LaunchAsAsync();
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var token = SessionMeta().Match(html).Groups["token"].Value;
        return new JsonWebToken(token).Kid;
    }

    private static string Kid(JsonElement key) => key.GetProperty("kid").GetString()!;

    [GeneratedRegex("""<meta name="lti-session" content="(?<token>[^"]+)" />""")]
    private static partial Regex SessionMeta();
}
