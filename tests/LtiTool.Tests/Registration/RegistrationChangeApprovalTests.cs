using System.Net;
using System.Text.RegularExpressions;
using LtiPathways.LtiTool.Cli;
using LtiPathways.LtiTool.Tests.Infrastructure;
using LtiPathways.PathwayGraphQL.Data;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace LtiPathways.LtiTool.Tests.Registration;

/// <summary>Issue 11, finding 1: an operator sees a re-registration's old and new values side by side on /admin/registrations and approves it there.</summary>
public sealed partial class RegistrationChangeApprovalTests : IAsyncLifetime, IDisposable
{
    private const string SystemAdministrator = "http://purl.imsglobal.org/vocab/lis/v2/system/person#Administrator";
    private readonly ToolFactory factory = new() { RealRegistrationClient = true };
    private RegistrationPlatform lms = default!;
    private LaunchDriver driver = default!;

    public async Task InitializeAsync()
    {
        factory.ExtraServices = services => services.AddLogging(logging => logging.AddFakeLogging());
        lms = await RegistrationPlatform.StartAsync();
        driver = new LaunchDriver(factory);
        await driver.RegisterSandboxAsync();
        using (await RegisterAsync())
        {
        }

        using var output = new StringWriter();
        Assert.Equal(0, await ToolCommandLine.RunAsync(factory.Services, ["platforms", "approve", "--issuer", lms.Issuer, "--client-id", lms.ClientId], output));
    }

    public async Task DisposeAsync() => await lms.DisposeAsync();

    public void Dispose()
    {
        driver.Dispose();
        factory.Dispose();
    }

    [Fact]
    public async Task Registration_takeover_an_operator_sees_old_and_new_values_side_by_side_and_approves_the_change()
    {
        var oldJwks = lms.JwksUri;
        lms.JwksPath = "/lms/keys-rotated";
        using (await RegisterAsync())
        {
        }

        using var browser = factory.CreateClient();
        using var page = await browser.GetAsync("/admin/registrations?session=" + Uri.EscapeDataString(await AdminSessionAsync()));
        var html = WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync());
        var change = ChangeAction().Match(html);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.True(change.Success, html);
        var row = html[html.IndexOf("data-testid=\"change-jwks\"", StringComparison.Ordinal)..];
        row = row[..row.IndexOf("</tr>", StringComparison.Ordinal)];
        Assert.True(row.IndexOf(oldJwks, StringComparison.Ordinal) is var before and >= 0 && row.IndexOf(lms.JwksUri, StringComparison.Ordinal) > before, row);

        using var approved = await PageForm.PostAsync(browser, html, change.Value);

        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        Assert.Contains("change is applied", WebUtility.HtmlDecode(await approved.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        using var scope = factory.Services.CreateScope();
        var stored = await scope.ServiceProvider.GetRequiredService<PathwaysDbContext>().PlatformRegistrations.AsNoTracking()
            .SingleAsync(r => r.Issuer == lms.Issuer);
        Assert.Equal(lms.JwksUri, stored.JwksUri);
        var log = Assert.Single(factory.Services.GetFakeLogCollector().GetSnapshot(), r => r.Message.Contains(lms.JwksUri, StringComparison.Ordinal) && r.Message.Contains(oldJwks, StringComparison.Ordinal));
        Assert.Contains("administrator", log.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Registration_takeover_an_approval_of_values_replaced_since_the_page_was_shown_changes_nothing()
    {
        var oldJwks = lms.JwksUri;
        lms.JwksPath = "/lms/keys-shown";
        using (await RegisterAsync())
        {
        }

        using var browser = factory.CreateClient();
        using var page = await browser.GetAsync("/admin/registrations?session=" + Uri.EscapeDataString(await AdminSessionAsync()));
        var html = WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync());
        lms.JwksPath = "/lms/keys-put-there-since";
        using (await RegisterAsync())
        {
        }

        using var approved = await PageForm.PostAsync(browser, html, ChangeAction().Match(html).Value);

        await Refusal.AssertAsync(approved, HttpStatusCode.NotFound, "That change is no longer waiting");
        using var scope = factory.Services.CreateScope();
        var stored = await scope.ServiceProvider.GetRequiredService<PathwaysDbContext>().PlatformRegistrations.AsNoTracking()
            .SingleAsync(r => r.Issuer == lms.Issuer);
        Assert.Equal(oldJwks, stored.JwksUri);
    }

    private Task<HttpResponseMessage> RegisterAsync() =>
        driver.Client.GetAsync(QueryHelpers.AddQueryString("http://localhost/lti/register", "openid_configuration", lms.ConfigurationUrl));

    private async Task<string> AdminSessionAsync()
    {
        var login = await driver.LoginAsync();
        var claims = driver.Claims(login);
        claims["https://purl.imsglobal.org/spec/lti/claim/roles"]!.AsArray().Add(SystemAdministrator);
        using var launch = await driver.LaunchAsync(driver.Sign(claims), login.State);
        return WebUtility.HtmlDecode(PageForm.SessionToken(await launch.Content.ReadAsStringAsync()));
    }

    [GeneratedRegex("/admin/registrations/changes/[0-9a-f-]{36}/approve")]
    private static partial Regex ChangeAction();
}
