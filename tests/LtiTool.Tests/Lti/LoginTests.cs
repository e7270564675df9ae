using System.Net;
using LtiPathways.LtiTool.Sandbox;
using LtiPathways.LtiTool.Tests.Infrastructure;

namespace LtiPathways.LtiTool.Tests.Lti;

/// <summary>LTI Core 5.1.1 and checklist A.1-A.4: the third-party initiated login and what it refuses.</summary>
public sealed class LoginTests(ToolFactory tool) : ToolTest(tool), IClassFixture<ToolFactory>
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_login_by_get_or_post_leads_to_a_launch(bool post)
    {
        var login = await Driver.LoginAsync(post: post);

        using var response = await Driver.LaunchAsync(Driver.Sign(Driver.Claims(login)), login.State);

        Assert.Equal("http://localhost/sandbox/authorize", login.AuthorizationRequest.GetLeftPart(UriPartial.Path));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("iss", false)]
    [InlineData("login_hint", false)]
    [InlineData("target_link_uri", false)]
    [InlineData("iss", true)]
    [InlineData("login_hint", true)]
    [InlineData("target_link_uri", true)]
    public async Task A_login_missing_a_required_parameter_is_refused(string parameter, bool post)
    {
        var parameters = LaunchDriver.LoginParameters();
        parameters.Remove(parameter);

        using var response = await Driver.StartLoginAsync(parameters, post);

        await Refusal.AssertAsync(response, HttpStatusCode.BadRequest, "iss, login_hint and target_link_uri are required");
    }

    [Fact]
    public async Task A_login_from_an_unknown_issuer_is_refused()
    {
        var parameters = LaunchDriver.LoginParameters();
        parameters["iss"] = "https://lms.unknown.example";

        using var response = await Driver.StartLoginAsync(parameters);

        await Refusal.AssertAsync(response, HttpStatusCode.BadRequest, "This LMS is not registered with LtiPathways");
    }

    [Fact]
    public async Task A_login_with_an_unknown_client_id_is_refused()
    {
        var parameters = LaunchDriver.LoginParameters();
        parameters["client_id"] = "some-other-client";

        using var response = await Driver.StartLoginAsync(parameters);

        await Refusal.AssertAsync(response, HttpStatusCode.BadRequest, "This LMS is not registered with LtiPathways");
    }

    [Fact]
    public async Task A_login_with_an_unknown_deployment_is_forbidden()
    {
        var parameters = LaunchDriver.LoginParameters();
        parameters["lti_deployment_id"] = "deployment-nobody-registered";

        using var response = await Driver.StartLoginAsync(parameters);

        await Refusal.AssertAsync(response, HttpStatusCode.Forbidden, "ask your LMS administrator to add its deployment id");
    }

    [Theory]
    [InlineData("https://attacker.example/lti/launch")]
    [InlineData("http://localhost:8080/lti/launch")]
    [InlineData("/lti/launch")]
    public async Task A_login_whose_target_link_uri_is_off_the_tool_is_refused(string target)
    {
        var parameters = LaunchDriver.LoginParameters();
        parameters["target_link_uri"] = target;

        using var response = await Driver.StartLoginAsync(parameters);

        await Refusal.AssertAsync(response, HttpStatusCode.BadRequest, "points somewhere other than LtiPathways");
    }

    [Fact]
    public async Task The_login_sets_a_partitioned_cross_site_cookie_and_a_legacy_one()
    {
        using var response = await Driver.StartLoginAsync(LaunchDriver.LoginParameters());

        var cookies = response.Headers.GetValues("Set-Cookie").ToList();
        var state = Assert.Single(cookies, c => c.StartsWith("lti-state-", StringComparison.Ordinal) && !c.Contains("-legacy=", StringComparison.Ordinal));
        var attributes = state.Split(';', StringSplitOptions.TrimEntries);
        Assert.Contains("SameSite=None", attributes);
        Assert.Contains("Secure", attributes);
        Assert.Contains("HttpOnly", attributes);
        Assert.Contains("Partitioned", attributes);
        Assert.Contains("Max-Age=300", attributes);
        Assert.Single(cookies, c => c.Contains("-legacy=", StringComparison.Ordinal) && c.Contains("HttpOnly", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Login_hint_and_lti_message_hint_are_echoed_unaltered()
    {
        const string hint = """{"messageType":"LtiResourceLinkRequest","note":"a+b = c & d/é?x=1 %20"}""";
        var parameters = LaunchDriver.LoginParameters();
        parameters["lti_message_hint"] = hint;

        var login = await Driver.LoginAsync(parameters);

        Assert.Equal(hint, login.Query["lti_message_hint"]);
        Assert.Equal(SandboxCourse.Find("teacher")!.Subject, login.Query["login_hint"]);
    }

    [Fact]
    public async Task The_redirect_uri_is_the_configured_launch_url_and_each_login_gets_fresh_state_and_nonce()
    {
        var first = await Driver.LoginAsync();
        var second = await Driver.LoginAsync();

        Assert.Equal("http://localhost/lti/launch", first.Query["redirect_uri"]);
        Assert.NotEqual(first.State, second.State);
        Assert.NotEqual(first.Nonce, second.Nonce);
    }
}
