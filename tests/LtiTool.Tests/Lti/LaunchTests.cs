using System.Net;
using System.Text.Json.Nodes;
using LtiPathways.LtiTool.Sandbox;
using LtiPathways.LtiTool.Tests.Infrastructure;

namespace LtiPathways.LtiTool.Tests.Lti;

public sealed class LaunchTests : IAsyncLifetime, IDisposable
{
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
    public async Task Login_redirects_to_the_platform_with_every_oidc_parameter()
    {
        var login = await driver.LoginAsync();

        Assert.Equal("http://localhost/sandbox/authorize", login.AuthorizationRequest.GetLeftPart(UriPartial.Path));
        Assert.Equal("openid", login.Query["scope"]);
        Assert.Equal("id_token", login.Query["response_type"]);
        Assert.Equal("form_post", login.Query["response_mode"]);
        Assert.Equal("none", login.Query["prompt"]);
        Assert.Equal(SandboxPlatform.ClientId, login.Query["client_id"]);
        Assert.Equal("http://localhost/lti/launch", login.Query["redirect_uri"]);
        Assert.Equal(SandboxCourse.Find("teacher")!.Subject, login.Query["login_hint"]);
        Assert.Contains("LtiResourceLinkRequest", login.Query["lti_message_hint"], StringComparison.Ordinal);
        Assert.True(login.State.Length >= 32);
        Assert.True(login.Nonce.Length >= 32);
        Assert.NotEqual(login.State, login.Nonce);
    }

    [Theory]
    [InlineData("teacher", "Teacher view", "Alex Rivera")]
    [InlineData("student", "Student view", "Jordan Lee")]
    [InlineData("coordinator", "Coordinator view", "Priya Shah")]
    [InlineData("mentor", "Mentor view", "Sam Okafor")]
    public async Task A_valid_launch_lands_on_the_page_for_the_role_with_name_and_course(string person, string view, string name)
    {
        using var response = await driver.LaunchAsAsync(person);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(view, html, StringComparison.Ordinal);
        Assert.Contains(name, html, StringComparison.Ordinal);
        Assert.Contains(SandboxCourse.Title, html, StringComparison.Ordinal);
        Assert.Contains("name=\"lti-session\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Replaying_a_launch_is_refused()
    {
        var login = await driver.LoginAsync();
        var token = driver.Sign(driver.Claims(login));
        using var first = await driver.LaunchAsync(token, login.State);
        using var replay = await driver.LaunchAsync(token, login.State);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, replay.StatusCode);
        Assert.Contains("already been used", await replay.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_token_with_a_wrong_audience_is_refused()
    {
        var login = await driver.LoginAsync();
        var claims = driver.Claims(login);
        claims["aud"] = "some-other-tool";

        using var response = await driver.LaunchAsync(driver.Sign(claims), login.State);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("issued for a different tool", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_audience_array_with_azp_is_accepted()
    {
        var login = await driver.LoginAsync();
        var claims = driver.Claims(login);
        claims["aud"] = new JsonArray(SandboxPlatform.ClientId, "another-audience");
        claims["azp"] = SandboxPlatform.ClientId;

        using var response = await driver.LaunchAsync(driver.Sign(claims), login.State);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
