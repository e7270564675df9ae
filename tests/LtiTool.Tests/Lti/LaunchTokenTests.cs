using System.Net;
using System.Security.Cryptography;
using LtiPathways.LtiTool.Tests.Infrastructure;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace LtiPathways.LtiTool.Tests.Lti;

/// <summary>The id_token itself: present, a JWT, RS256, signed by the platform's published key, from the login's issuer.</summary>
public sealed class LaunchTokenTests(ToolFactory tool) : ToolTest(tool), IClassFixture<ToolFactory>
{
    [Fact]
    public async Task A_token_signed_by_another_key_under_the_platforms_kid_is_refused()
    {
        var login = await Driver.LoginAsync();
        using var impostor = RSA.Create(2048);
        var key = new RsaSecurityKey(impostor) { KeyId = Factory.Platform.CurrentKey.KeyId };

        using var response = await Driver.LaunchAsync(Factory.Platform.Sign(Driver.Claims(login), key), login.State);

        await Refusal.AssertAsync(response, HttpStatusCode.Unauthorized, "signature could not be verified");
    }

    [Fact]
    public async Task An_unsigned_token_with_alg_none_is_refused()
    {
        var login = await Driver.LoginAsync();
        var unsigned = Base64UrlEncoder.Encode("""{"alg":"none"}""") + "."
            + Base64UrlEncoder.Encode(Driver.Claims(login).ToJsonString()) + ".";

        using var response = await Driver.LaunchAsync(unsigned, login.State);

        await Refusal.AssertAsync(response, HttpStatusCode.Unauthorized, "not signed the way LTI 1.3 requires (RS256)");
    }

    [Fact]
    public async Task A_token_signed_with_a_shared_secret_hs256_is_refused()
    {
        var login = await Driver.LoginAsync();
        var secret = new SymmetricSecurityKey(RandomNumberGenerator.GetBytes(32)) { KeyId = Factory.Platform.CurrentKey.KeyId };
        var token = new JsonWebTokenHandler().CreateToken(
            Driver.Claims(login).ToJsonString(), new SigningCredentials(secret, SecurityAlgorithms.HmacSha256));

        using var response = await Driver.LaunchAsync(token, login.State);

        await Refusal.AssertAsync(response, HttpStatusCode.Unauthorized, "not signed the way LTI 1.3 requires (RS256)");
    }

    [Fact]
    public async Task A_token_from_an_issuer_other_than_the_logins_registration_is_refused()
    {
        var login = await Driver.LoginAsync();
        var claims = Driver.Claims(login);
        claims["iss"] = "https://lms.elsewhere.example";

        using var response = await Driver.LaunchAsync(Driver.Sign(claims), login.State);

        await Refusal.AssertAsync(response, HttpStatusCode.Unauthorized, "came from an LMS that is not registered");
    }

    [Fact]
    public async Task A_garbage_token_is_refused()
    {
        var login = await Driver.LoginAsync();

        using var response = await Driver.LaunchAsync("not-a-jwt", login.State);

        await Refusal.AssertAsync(response, HttpStatusCode.BadRequest, "launch token from your LMS is missing or unreadable");
    }

    [Fact]
    public async Task A_launch_without_an_id_token_is_refused()
    {
        var login = await Driver.LoginAsync();

        using var response = await Driver.LaunchAsync(idToken: null, login.State);

        await Refusal.AssertAsync(response, HttpStatusCode.BadRequest, "launch token from your LMS is missing or unreadable");
    }

    [Fact]
    public async Task A_token_whose_payload_is_not_json_is_refused_without_a_stack_trace()
    {
        var login = await Driver.LoginAsync();
        var header = Base64UrlEncoder.Encode("""{"alg":"RS256","typ":"JWT"}""");
        var token = header + "." + Base64UrlEncoder.Encode("this is not json") + "." + Base64UrlEncoder.Encode("sig");

        using var response = await Driver.LaunchAsync(token, login.State);

        await Refusal.AssertAsync(response, HttpStatusCode.BadRequest, "launch token from your LMS is missing or unreadable");
    }
}
