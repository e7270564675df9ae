using System.Net;
using System.Text.Json.Nodes;
using LtiPathways.LtiTool.Sandbox;
using LtiPathways.LtiTool.Session;
using LtiPathways.LtiTool.Tests.Infrastructure;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Platforms;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LtiPathways.LtiTool.Tests.Registration;

public sealed class AdminRegistrationsTests : IAsyncLifetime, IDisposable
{
    private const string SystemAdministrator = "http://purl.imsglobal.org/vocab/lis/v2/system/person#Administrator";
    private readonly ToolFactory factory = new();
    private LaunchDriver driver = default!;

    public async Task InitializeAsync()
    {
        driver = new LaunchDriver(factory);
        await driver.RegisterSandboxAsync();
        await AddPendingMoodleAsync(factory);
    }

    private static async Task<Guid> AddPendingMoodleAsync(ToolFactory factory)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PathwaysDbContext>();
        var registration = new PlatformRegistration
        {
            Issuer = "https://moodle.example.org", ClientId = "pending-client", AuthorizationEndpoint = "https://moodle.example.org/mod/lti/auth.php",
            TokenEndpoint = "https://moodle.example.org/mod/lti/token.php", JwksUri = "https://moodle.example.org/mod/lti/certs.php",
            Source = RegistrationSource.DynamicRegistration, PendingApproval = true,
        };
        db.PlatformRegistrations.Add(registration);
        await db.SaveChangesAsync();
        return registration.Id;
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        driver.Dispose();
        factory.Dispose();
    }

    [Fact]
    public async Task An_administrator_approves_a_pending_registration_with_the_pages_session_token()
    {
        var token = await AdminSessionAsync();
        using var browser = factory.CreateClient();
        using var page = await browser.GetAsync("/admin/registrations?session=" + Uri.EscapeDataString(token));
        var html = await page.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Waiting for approval", html, StringComparison.Ordinal);

        var id = await PendingIdAsync();
        using var approved = await PageForm.PostAsync(browser, html, $"/admin/registrations/{id}/approve");

        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        Assert.Contains("is approved", await approved.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var scope = factory.Services.CreateScope();
        var stored = await scope.ServiceProvider.GetRequiredService<PathwaysDbContext>().PlatformRegistrations.SingleAsync(r => r.Id == id);
        Assert.False(stored.PendingApproval);
        Assert.True(stored.Enabled);
    }

    [Fact]
    public async Task A_post_without_the_session_token_is_refused_with_a_sentence_and_approves_nothing()
    {
        var token = await AdminSessionAsync();
        using var browser = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/admin/registrations/{await PendingIdAsync()}/approve")
        {
            Content = new FormUrlEncodedContent([]),
        };
        // The administrator's own session cookie rides along, as it would on a form forged by another site.
        request.Headers.Add("Cookie", $"{SessionTokenConstants.Cookie}={token}");

        using var response = await browser.SendAsync(request);

        await Refusal.AssertAsync(response, HttpStatusCode.Unauthorized, "Nothing was saved. Open LtiPathways again from your course and try again.");
        Assert.True((await StoredPendingAsync()).PendingApproval);
    }

    [Fact]
    public async Task An_administrator_of_a_platform_that_does_not_run_the_tool_sees_and_changes_only_their_own_platforms_registrations()
    {
        using var factory = new ToolFactory();
        factory.Settings["Lti:OperatorIssuers:0"] = "https://canvas.district.example";
        using var driver = new LaunchDriver(factory);
        await driver.RegisterSandboxAsync();
        var moodle = await AddPendingMoodleAsync(factory);
        var token = await AdminSessionAsync(driver);
        using var browser = factory.CreateClient();

        using var page = await browser.GetAsync("/admin/registrations?session=" + Uri.EscapeDataString(token));
        var html = await page.Content.ReadAsStringAsync();
        using var refused = await PageForm.PostAsync(browser, html, $"/admin/registrations/{moodle}/disable");

        Assert.Contains(SandboxPlatform.Issuer, html, StringComparison.Ordinal);
        Assert.DoesNotContain("moodle.example.org", html, StringComparison.Ordinal);
        Assert.Contains("You manage the registrations of your own LMS", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.Contains("belongs to another LMS", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var scope = factory.Services.CreateScope();
        var stored = await scope.ServiceProvider.GetRequiredService<PathwaysDbContext>().PlatformRegistrations.AsNoTracking().SingleAsync(r => r.Id == moodle);
        Assert.True(stored.PendingApproval);
        Assert.True(stored.Enabled);
    }

    [Fact]
    public async Task A_teacher_may_not_see_the_registrations()
    {
        using var launch = await driver.LaunchAsAsync("teacher");
        var token = PageForm.SessionToken(await launch.Content.ReadAsStringAsync());

        using var response = await driver.Client.GetAsync(LaunchDriver.ToolBase + "/admin/registrations?session=" + Uri.EscapeDataString(token));

        var page = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<html lang=\"en\">", page, StringComparison.Ordinal);
        Assert.Contains("<title>This page is for LMS administrators · LtiPathways</title>", page, StringComparison.Ordinal);
        Assert.Contains("<h1>This page is for LMS administrators</h1>", page, StringComparison.Ordinal);
        Assert.Contains("can manage registrations", page, StringComparison.Ordinal);
    }

    /// <summary>A launch whose roles include the LIS system Administrator role, as an LMS admin's launch has.</summary>
    private Task<string> AdminSessionAsync() => AdminSessionAsync(driver);

    private static async Task<string> AdminSessionAsync(LaunchDriver driver)
    {
        var login = await driver.LoginAsync();
        var claims = driver.Claims(login);
        claims["https://purl.imsglobal.org/spec/lti/claim/roles"]!.AsArray().Add(SystemAdministrator);
        using var launch = await driver.LaunchAsync(driver.Sign(claims), login.State);
        var html = await launch.Content.ReadAsStringAsync();
        Assert.Contains("Manage LMS registrations", html, StringComparison.Ordinal);
        return System.Net.WebUtility.HtmlDecode(PageForm.SessionToken(html));
    }

    private async Task<Guid> PendingIdAsync() => (await StoredPendingAsync()).Id;

    private async Task<PlatformRegistration> StoredPendingAsync()
    {
        using var scope = factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<PathwaysDbContext>().PlatformRegistrations.AsNoTracking()
            .SingleAsync(r => r.ClientId == "pending-client");
    }
}
