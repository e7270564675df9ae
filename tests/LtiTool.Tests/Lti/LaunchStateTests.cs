using System.Net;
using LtiPathways.LtiTool.Tests.Infrastructure;

namespace LtiPathways.LtiTool.Tests.Lti;

/// <summary>LTI Security 5.1.3: the launch must answer a login this tool started (state) and carry its nonce.</summary>
public sealed class LaunchStateTests(ToolFactory tool) : ToolTest(tool), IClassFixture<ToolFactory>
{
    [Fact]
    public async Task A_launch_with_a_state_the_tool_never_issued_is_refused()
    {
        var login = await Driver.LoginAsync();

        using var response = await Driver.LaunchAsync(Driver.Sign(Driver.Claims(login)), Guid.NewGuid().ToString("N"));

        await Refusal.AssertAsync(response, HttpStatusCode.Unauthorized, "does not match any login LtiPathways started");
    }

    [Fact]
    public async Task A_launch_without_a_state_is_refused()
    {
        var login = await Driver.LoginAsync();

        using var response = await Driver.LaunchAsync(Driver.Sign(Driver.Claims(login)), state: null);

        await Refusal.AssertAsync(response, HttpStatusCode.BadRequest, "arrived without its state");
    }

    [Fact]
    public async Task A_token_with_another_logins_nonce_is_refused()
    {
        var login = await Driver.LoginAsync();
        var other = await Driver.LoginAsync();
        var claims = Driver.Claims(login);
        claims["nonce"] = other.Nonce;

        using var response = await Driver.LaunchAsync(Driver.Sign(claims), login.State);

        await Refusal.AssertAsync(response, HttpStatusCode.Unauthorized, "(nonce mismatch)");
    }

    [Fact]
    public async Task A_token_without_a_nonce_is_refused()
    {
        var login = await Driver.LoginAsync();
        var claims = Driver.Claims(login);
        claims.Remove("nonce");

        using var response = await Driver.LaunchAsync(Driver.Sign(claims), login.State);

        await Refusal.AssertAsync(response, HttpStatusCode.Unauthorized, "(nonce mismatch)");
    }

    [Fact]
    public async Task An_error_posted_by_the_platform_is_shown_with_its_description()
    {
        var login = await Driver.LoginAsync();
        var error = new Dictionary<string, string>
        {
            ["error"] = "login_required",
            ["error_description"] = "The user is not logged in to the LMS",
        };

        using var response = await Driver.LaunchAsync(idToken: null, login.State, error);

        await Refusal.AssertAsync(response, HttpStatusCode.BadRequest,
            "Your LMS could not complete the launch: The user is not logged in to the LMS.");
    }

    [Fact]
    public async Task Opening_the_launch_url_directly_is_refused()
    {
        using var response = await Driver.Client.GetAsync(LaunchDriver.ToolBase + "/lti/launch");

        await Refusal.AssertAsync(response, HttpStatusCode.BadRequest, "it cannot be opened directly");
    }

    [Fact]
    public async Task A_launch_that_is_not_a_form_post_is_refused()
    {
        using var response = await Driver.Client.PostAsync(
            LaunchDriver.ToolBase + "/lti/launch", new StringContent("{}", System.Text.Encoding.UTF8, "application/json"));

        await Refusal.AssertAsync(response, HttpStatusCode.BadRequest, "arrived without its state");
    }
}
