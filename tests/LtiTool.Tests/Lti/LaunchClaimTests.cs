using System.Net;
using LtiPathways.LtiTool.Tests.Infrastructure;

namespace LtiPathways.LtiTool.Tests.Lti;

/// <summary>LTI Core 5.3 and 5.4: the claims every launch must carry.</summary>
public sealed class LaunchClaimTests(ToolFactory tool) : ToolTest(tool), IClassFixture<ToolFactory>
{
    private const string Lti = "https://purl.imsglobal.org/spec/lti/claim/";

    [Fact]
    public async Task A_launch_with_lti_version_1_1_is_refused()
    {
        var login = await Driver.LoginAsync();
        var claims = Driver.Claims(login);
        claims[Lti + "version"] = "1.1";

        using var response = await Driver.LaunchAsync(Driver.Sign(claims), login.State);

        await Refusal.AssertAsync(response, HttpStatusCode.BadRequest, "LTI version LtiPathways does not support");
    }

    [Fact]
    public async Task A_launch_without_a_message_type_is_refused()
    {
        var login = await Driver.LoginAsync();
        var claims = Driver.Claims(login);
        claims.Remove(Lti + "message_type");

        using var response = await Driver.LaunchAsync(Driver.Sign(claims), login.State);

        await Refusal.AssertAsync(response, HttpStatusCode.BadRequest, "does not say what kind of LTI message it is");
    }

    [Fact]
    public async Task A_launch_with_an_unsupported_message_type_is_refused()
    {
        var login = await Driver.LoginAsync();
        var claims = Driver.Claims(login);
        claims[Lti + "message_type"] = "LtiStartProctoring";

        using var response = await Driver.LaunchAsync(Driver.Sign(claims), login.State);

        await Refusal.AssertAsync(response, HttpStatusCode.BadRequest, "does not handle this kind of launch");
    }

    [Fact]
    public async Task A_target_link_uri_on_another_host_is_refused()
    {
        var login = await Driver.LoginAsync();
        var claims = Driver.Claims(login);
        claims[Lti + "target_link_uri"] = "https://attacker.example/lti/launch";

        using var response = await Driver.LaunchAsync(Driver.Sign(claims), login.State);

        await Refusal.AssertAsync(response, HttpStatusCode.BadRequest, "points somewhere other than the link that was opened");
    }

    [Fact]
    public async Task A_target_link_uri_on_the_tool_but_different_from_the_logins_is_refused()
    {
        var login = await Driver.LoginAsync();
        var claims = Driver.Claims(login);
        claims[Lti + "target_link_uri"] = LaunchDriver.ToolBase + "/lti/launch?elsewhere=1";

        using var response = await Driver.LaunchAsync(Driver.Sign(claims), login.State);

        await Refusal.AssertAsync(response, HttpStatusCode.BadRequest, "points somewhere other than the link that was opened");
    }

    [Fact]
    public async Task A_launch_without_sub_is_refused()
    {
        var login = await Driver.LoginAsync();
        var claims = Driver.Claims(login);
        claims.Remove("sub");

        using var response = await Driver.LaunchAsync(Driver.Sign(claims), login.State);

        await Refusal.AssertAsync(response, HttpStatusCode.BadRequest, "does not say who you are");
    }

    [Fact]
    public async Task A_launch_without_the_roles_claim_is_refused()
    {
        var login = await Driver.LoginAsync();
        var claims = Driver.Claims(login);
        claims.Remove(Lti + "roles");

        using var response = await Driver.LaunchAsync(Driver.Sign(claims), login.State);

        await Refusal.AssertAsync(response, HttpStatusCode.BadRequest, "what your role in the course is");
    }

    [Fact]
    public async Task A_launch_with_an_empty_roles_array_is_accepted_as_a_student()
    {
        var login = await Driver.LoginAsync();
        var claims = Driver.Claims(login);
        claims[Lti + "roles"] = new System.Text.Json.Nodes.JsonArray();

        using var response = await Driver.LaunchAsync(Driver.Sign(claims), login.State);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Student view", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
