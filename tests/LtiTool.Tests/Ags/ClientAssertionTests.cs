using System.Security.Cryptography;
using LtiPathways.LtiTool.Lti.Ags;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace LtiPathways.LtiTool.Tests.Ags;

public sealed class ClientAssertionTests : IDisposable
{
    private const string TokenUrl = "https://lms.example.edu/login/oauth2/token";
    private readonly RsaSecurityKey key = new(RSA.Create(2048)) { KeyId = "tool-key-1" };
    private readonly DateTimeOffset now = new(2026, 12, 1, 9, 30, 0, TimeSpan.Zero);

    [Fact]
    public void The_assertion_names_the_client_and_the_exact_token_url_and_is_signed_with_the_tool_key()
    {
        var token = new JsonWebToken(ClientAssertion.Create(key, "client-42", TokenUrl, now));

        Assert.Equal("RS256", token.Alg);
        Assert.Equal("tool-key-1", token.Kid);
        Assert.Equal("client-42", token.Issuer);
        Assert.Equal("client-42", token.Subject);
        Assert.Equal([TokenUrl], token.Audiences);
        Assert.True(token.IssuedAt <= now.UtcDateTime, "iat must never be ahead of our clock");
        Assert.True(token.ValidTo - now.UtcDateTime <= TimeSpan.FromMinutes(5));
        Assert.True(token.ValidTo > now.UtcDateTime);
        Assert.False(string.IsNullOrEmpty(token.Id));
    }

    [Fact]
    public void Every_assertion_has_its_own_jti()
    {
        var ids = Enumerable.Range(0, 50).Select(_ => new JsonWebToken(ClientAssertion.Create(key, "c", TokenUrl, now)).Id).ToHashSet();

        Assert.Equal(50, ids.Count);
    }

    [Fact]
    public void The_token_url_is_used_as_given_without_normalising()
    {
        var token = new JsonWebToken(ClientAssertion.Create(key, "c", "https://lms.example.edu/mod/lti/token.php", now));

        Assert.Equal(["https://lms.example.edu/mod/lti/token.php"], token.Audiences);
    }

    [Theory]
    [InlineData("a b c", "b c d", "b c")]
    [InlineData("a b", "", "")]
    [InlineData("", "a b", "")]
    [InlineData("x y z", "z  x", "x z")]
    public void Scopes_requested_are_those_both_configured_and_offered(string configured, string offered, string expected)
    {
        Assert.Equal(expected, string.Join(' ', ScopeSelection.Intersect(configured, offered)));
    }

    public void Dispose() => key.Rsa.Dispose();
}
