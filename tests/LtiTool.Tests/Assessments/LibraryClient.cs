using System.Net;
using LtiPathways.LtiTool.Tests.Infrastructure;

namespace LtiPathways.LtiTool.Tests.Assessments;

/// <summary>Opens the tool's pages by session token and posts their forms as session.js would.</summary>
public sealed class LibraryClient(AssessmentHarness harness, string token)
{
    public string Token => token;

    public async Task<(HttpStatusCode Status, string Body)> GetAsync(string path)
    {
        var separator = path.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        using var response = await harness.Scenario.Browser.GetAsync($"{path}{separator}session={Uri.EscapeDataString(token)}");
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    public async Task<string> PageAsync(string path)
    {
        var (status, body) = await GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, status);
        return body;
    }

    public async Task<(HttpStatusCode Status, string Html)> PostAsync(string pageHtml, string action, IDictionary<string, string> fields)
    {
        using var response = await PageForm.PostAsync(harness.Scenario.Browser, pageHtml, action, fields);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    public async Task<(HttpStatusCode Status, string Html)> UploadAsync(string pageHtml, string action, string fileName, string content)
    {
        using var form = new MultipartFormDataContent();
        foreach (var (name, value) in PageForm.Fields(pageHtml))
        {
            form.Add(new StringContent(value), name);
        }
        form.Add(new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(content)), "file", fileName);
        using var response = await harness.Scenario.Browser.PostAsync(action, form);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}
