using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using LtiPathways.LtiTool.Tests.Infrastructure;
using LtiPathways.LtiTool.Tests.Pathways;

namespace LtiPathways.LtiTool.Tests.Partnerships;

/// <summary>The planner harness, launched as the sandbox coordinator, with the steps every partnership test takes.</summary>
public abstract partial class PartnershipTest : PlannerTest
{
    public DateOnly Today => DateOnly.FromDateTime(Factory.Clock.GetUtcNow().UtcDateTime);

    public static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Adds a provider through the add form; returns its id and the provider page the save led to.</summary>
    public async Task<(Guid Id, string Page)> AddProviderAsync(string token, string organisation = "City College")
    {
        var (status, form) = await GetAsync("/app/partnerships/providers/new", token);
        Assert.Equal(HttpStatusCode.OK, status);
        var (added, page) = await PostAsync(form, "/app/partnerships/providers",
        [
            Field("provider-organisation", organisation), Field("provider-kind", "UniversityOrCollege"), Field("provider-status", "UnderEvaluation"),
            Field("provider-website", ""), Field("provider-needs", "Students want health science."), Field("provider-liaison", ""),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, added);
        return (Guid.Parse(ProviderAction().Match(page).Groups[1].Value), page);
    }

    /// <summary>Posts the agreement form with a file part, as a browser sends a multipart form.</summary>
    public async Task<(HttpStatusCode Status, string Html)> PostAgreementAsync(
        string page, Guid providerId, DateOnly starts, DateOnly expires, byte[]? file = null, string fileName = "agreement.pdf")
    {
        using var content = new MultipartFormDataContent
        {
            { new StringContent("The college teaches; the school supervises."), "agreement-responsibilities" },
            { new StringContent("Names and attendance only."), "agreement-data-sharing" },
            { new StringContent("Termly moderation."), "agreement-quality" },
            { new StringContent(Day(starts)), "agreement-starts" },
            { new StringContent(Day(expires)), "agreement-expires" },
            { new StringContent(WebUtility.HtmlDecode(PageForm.SessionToken(page))), "session_token" },
        };
        if (file is not null)
        {
            content.Add(new ByteArrayContent(file), "agreement-file", fileName);
        }
        using var response = await Driver.Client.PostAsync($"{LaunchDriver.ToolBase}/app/partnerships/providers/{providerId}/agreements", content);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            return (response.StatusCode, await response.Content.ReadAsStringAsync());
        }
        using var next = await Driver.Client.GetAsync(LaunchDriver.ToolBase + response.Headers.Location!.OriginalString);
        return (HttpStatusCode.Redirect, await next.Content.ReadAsStringAsync());
    }

    public static byte[] Pdf(int size = 600) =>
        [.. Encoding.ASCII.GetBytes("%PDF-1.4\n"), .. Enumerable.Repeat((byte)'a', Math.Max(0, size - 9))];

    [GeneratedRegex("action=\"/app/partnerships/providers/([0-9a-f-]{36})/courses\"")]
    private static partial Regex ProviderAction();
}
