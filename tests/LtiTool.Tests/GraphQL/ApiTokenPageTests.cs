using System.Net;
using System.Text.RegularExpressions;
using LtiPathways.LtiTool.Tests.Infrastructure;

namespace LtiPathways.LtiTool.Tests.GraphQL;

/// <summary>The administrators' API tokens page: create (shown once), use, revoke; nobody else may open it.</summary>
public sealed partial class ApiTokenPageTests : IDisposable
{
    private const string SystemAdministrator = "http://purl.imsglobal.org/vocab/lis/v2/system/person#Administrator";
    private readonly GraphQLHarness harness = new();

    [Fact]
    public async Task An_administrator_creates_a_token_that_answers_for_their_institution_and_revokes_it()
    {
        var session = await harness.SessionAsync("teacher", change: claims =>
            claims["https://purl.imsglobal.org/spec/lti/claim/roles"]!.AsArray().Add(SystemAdministrator));
        using var browser = harness.Factory.CreateClient();
        var page = await (await browser.GetAsync("/admin/api-tokens?session=" + Uri.EscapeDataString(session))).Content.ReadAsStringAsync();

        using var created = await PageForm.PostAsync(browser, page, "/admin/api-tokens", [new("name", "Dashboard"), new("scope", "read")]);
        var createdPage = await created.Content.ReadAsStringAsync();
        var token = NewToken().Match(createdPage).Groups[1].Value;
        var answer = await harness.PostAsync(token, "{ viewer { tokenName institution { lmsDeploymentId } } }");
        var id = RevokeAction().Match(createdPage).Groups[1].Value;
        using var revoked = await PageForm.PostAsync(browser, createdPage, $"/admin/api-tokens/{id}/revoke");
        var refused = await harness.PostAsync(token, "{ viewer { tokenName } }");

        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        Assert.StartsWith("ltp_", token, StringComparison.Ordinal);
        Assert.Equal("Dashboard", answer.Data!["viewer"]!["tokenName"]!.GetValue<string>());
        Assert.Contains("is revoked", await revoked.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.Status);
    }

    [Fact]
    public async Task A_teacher_may_not_open_it()
    {
        var session = await harness.SessionAsync("teacher");
        using var browser = harness.Factory.CreateClient();

        using var response = await browser.GetAsync("/admin/api-tokens?session=" + Uri.EscapeDataString(session));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    public void Dispose() => harness.Dispose();

    [GeneratedRegex("value=\"(ltp_[^\"]+)\"")]
    private static partial Regex NewToken();

    [GeneratedRegex("/admin/api-tokens/([0-9a-f-]{36})/revoke")]
    private static partial Regex RevokeAction();
}
