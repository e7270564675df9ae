using System.Net;
using System.Text.RegularExpressions;
using LtiPathways.LtiTool.Tests.Infrastructure;
using LtiPathways.LtiTool.Tests.Pathways;
using Microsoft.AspNetCore.Mvc.Testing;

namespace LtiPathways.LtiTool.Tests.Reels;

/// <summary>
/// The planner course of <see cref="PlannerTest"/> with Jordan's plan started, and a browser of a parent's own (no LTI
/// session, no cookies of the tool) that opens the reel's signed link.
/// </summary>
public abstract partial class ReelTest : PlannerTest
{
    protected const string Closed = "This link does not open anything. It may have expired or been withdrawn; ask whoever sent it to you for a new one.";

    private HttpClient? parentBrowser;

    public HttpClient ParentBrowser => parentBrowser ??= Factory.CreateClient(new WebApplicationFactoryClientOptions
    {
        AllowAutoRedirect = false, HandleCookies = true, BaseAddress = new Uri(LaunchDriver.ToolBase),
    });

    /// <summary>
    /// Jordan's plan with a reflection written on it, after the teacher's launch (who marks the results of
    /// <see cref="PlannerTest.ReleasedAssessmentAsync"/>); returns the student's session, the plan and Jordan's id.
    /// </summary>
    public async Task<(string Student, Guid PlanId, Guid StudentId)> JordanWithAReflectionAsync()
    {
        await LaunchAsync("teacher");
        var student = await LaunchAsync("student");
        var (planId, page) = await StartPlanAsync(student);
        var (saved, _) = await PostAsync(page, $"/app/pathways/plans/{planId}/reflections",
            [Field("base_version", "1"), Field("reflections-kind", "Reflection"), Field("reflections-text", "Running the food drive taught me to plan backwards.")]);
        Assert.Equal(HttpStatusCode.Redirect, saved);
        return (student, planId, await UserIdAsync("sandbox-student-1"));
    }

    public Task<(HttpStatusCode Status, string Html)> ReelPageAsync(string token, Guid planId) => GetAsync($"/app/reels/plans/{planId}", token);

    /// <summary>Adds a slide by the value of its choice ("RubricAssessment:…"); a redirect is followed to the reel page.</summary>
    public async Task<(HttpStatusCode Status, string Html)> AddSlideAsync(string token, Guid planId, string evidence, string caption)
    {
        var (_, page) = await ReelPageAsync(token, planId);
        return await PostAsync(page, $"/app/reels/plans/{planId}/slides", [Field("slide-evidence", evidence), Field("slide-caption", caption)]);
    }

    /// <summary>Makes a link on the reel page; returns its path from the page that shows it once.</summary>
    public async Task<string> ShareAsync(string token, Guid planId, string days = "14")
    {
        var (_, page) = await ReelPageAsync(token, planId);
        var (status, shared) = await PostAsync(page, $"/app/reels/plans/{planId}/links", [Field("link-days", days)]);
        Assert.Equal(HttpStatusCode.OK, status);
        var url = IssuedLink().Match(shared).Groups[1].Value;
        Assert.StartsWith(LaunchDriver.ToolBase + "/reel-link/", url, StringComparison.Ordinal);
        return new Uri(url).AbsolutePath;
    }

    public async Task<(HttpStatusCode Status, string Html, HttpResponseMessage Response)> OpenLinkAsync(string path)
    {
        var response = await ParentBrowser.GetAsync(path);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(), response);
    }

    /// <summary>The slides' titles in the order the page shows them.</summary>
    public static IReadOnlyList<string> CaptionsInOrder(string html) =>
        [.. CaptionField().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value))];

    public static string SlideAction(string html, int number) =>
        SlideForm().Matches(html).Select(m => m.Groups[1].Value).Distinct().ElementAt(number - 1);

    [GeneratedRegex("value=\"(http[^\"]+)\" data-testid=\"issued-link\"")]
    private static partial Regex IssuedLink();

    [GeneratedRegex("id=\"caption-[0-9a-f-]{36}\" name=\"slide-caption\" rows=\"2\" maxlength=\"\\d+\">([^<]*)</textarea>")]
    private static partial Regex CaptionField();

    [GeneratedRegex("action=\"(/app/reels/plans/[0-9a-f-]{36}/slides/[0-9a-f-]{36})/caption\"")]
    private static partial Regex SlideForm();
}
