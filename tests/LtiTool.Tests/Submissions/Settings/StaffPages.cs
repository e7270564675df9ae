using System.Net;
using LtiPathways.LtiTool.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace LtiPathways.LtiTool.Tests.Submissions.Settings;

/// <summary>
/// Opens an assignment's settings and accommodations pages by session token and posts their forms as session.js would.
/// Pages come back HTML-decoded, so sentences read as written.
/// </summary>
public sealed class StaffPages(SubmissionHarness harness, string token) : IDisposable
{
    private readonly HttpClient browser = harness.Factory.CreateClient(new WebApplicationFactoryClientOptions
    {
        BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false, HandleCookies = true,
    });

    public string SettingsPath => $"/app/assignments/{harness.AssignmentId}/settings";

    public string AccommodationsPath => $"/app/assignments/{harness.AssignmentId}/accommodations";

    public async Task<(HttpStatusCode Status, string Html)> GetAsync(string path)
    {
        var separator = path.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        using var response = await browser.GetAsync($"{path}{separator}session={Uri.EscapeDataString(token)}");
        return (response.StatusCode, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }

    public async Task<string> PageAsync(string path)
    {
        var (status, html) = await GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, status);
        return html;
    }

    /// <summary>Posts the fields (a key may repeat) with the page's session token.</summary>
    public async Task<(HttpStatusCode Status, string Html)> PostAsync(string pageHtml, string action, params (string Name, string Value)[] fields)
    {
        using var response = await PageForm.PostAsync(browser, pageHtml, action, fields.Select(f => KeyValuePair.Create(f.Name, f.Value)));
        return (response.StatusCode, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }

    /// <summary>Opens the page and posts its form in one step.</summary>
    public async Task<(HttpStatusCode Status, string Html)> SubmitAsync(string path, params (string Name, string Value)[] fields) =>
        await PostAsync(await PageAsync(path), path, fields);

    public void Dispose() => browser.Dispose();
}
