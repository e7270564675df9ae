using System.Net;
using System.Text.RegularExpressions;
using LtiPathways.LtiTool.Tests.Infrastructure;
using LtiPathways.LtiTool.Tests.Pathways;
using LtiPathways.PathwayGraphQL.Access;
using LtiPathways.PathwayGraphQL.Data.Courses;
using LtiPathways.PathwayGraphQL.Pathways.Planning;
using LtiPathways.PathwayGraphQL.Pathways.Plans;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.LtiTool.Tests.Mentoring;

/// <summary>
/// The planner course of <see cref="PlannerTest"/>, an advisor who adds outside mentors on a student's mentors page, and a
/// browser of the mentor's own (cookies, no LTI session) that opens their signed link and posts its forms.
/// </summary>
public abstract partial class OutsideMentorTest : PlannerTest
{
    private HttpClient? mentorBrowser;

    /// <summary>The outside mentor's browser: nothing of the LMS, only what the link gives.</summary>
    public HttpClient MentorBrowser => mentorBrowser ??= Factory.CreateClient(new WebApplicationFactoryClientOptions
    {
        AllowAutoRedirect = false, HandleCookies = true, BaseAddress = new Uri(LaunchDriver.ToolBase),
    });

    protected DateOnly Today => DateOnly.FromDateTime(Factory.Clock.GetUtcNow().UtcDateTime);

    /// <summary>
    /// Jordan's CP plan, every requirement met but Personal and Professional Skills: 45 of 90 hours in 300 days, which at
    /// that pace misses the 18-month deadline (at risk); 5 more hours bring the pace in time (on track).
    /// </summary>
    public async Task<Guid> AtRiskPlanAsync()
    {
        var (planId, _) = await StartPlanAsync(await LaunchAsync("student"), "ib-cp");
        var started = Today.AddDays(-300);
        HourLog Log(int daysAgo, decimal hours, HourKind kind, string activity) => new(Guid.NewGuid(), Today.AddDays(-daysAgo), hours, kind, activity, null);
        var document = PlanDocument.Empty with
        {
            StartedOn = started,
            CareerRelatedStudy = new(Guid.NewGuid(), "Health Science Certificate", "City College"),
            Courses = [new(Guid.NewGuid(), CourseKind.DpSubject, "Biology", CourseLevel.Higher, 11), new(Guid.NewGuid(), CourseKind.DpSubject, "Psychology", CourseLevel.Standard, 11)],
            Hours =
            [
                .. Enumerable.Range(0, 9).Select(i => Log(290 - (i * 20), 5m, HourKind.PpsGuided, "Guided PPS session")),
                Log(200, 4m, HourKind.CommunityEngagement, "Food bank"), Log(150, 4m, HourKind.CommunityEngagement, "Beach clean-up"),
                Log(100, 4m, HourKind.RpSupervision, "Supervision"),
                .. Enumerable.Range(0, 10).Select(i => Log(250 - (i * 20), 5m, HourKind.LanguageAndCulturalStudies, "Spanish")),
            ],
            Reflections =
            [
                new(Guid.NewGuid(), ReflectionKind.Reflection, Today.AddDays(-199), "Planning a food drive.", null, ["community-engagement"]),
                new(Guid.NewGuid(), ReflectionKind.Reflection, Today.AddDays(-149), "What the beach taught me.", null, ["community-engagement"]),
            ],
            ProjectArtefacts =
            [
                .. new[] { "proposal", "learning-journal", "planning-and-progress-form", "final-submission" }
                    .Select(kind => new ProjectArtefact(Guid.NewGuid(), kind, kind, Today.AddDays(-50), null)),
            ],
            Milestones = [new(Guid.NewGuid(), "First week on the ward", Today.AddDays(-3), null, null)],
        };
        var saved = await QueryAsync(async db =>
        {
            var plan = await db.Plans.SingleAsync(p => p.Id == planId);
            var viewer = new Viewer(plan.StudentUserId, plan.RegistrationId, plan.DeploymentId, null, null, CourseRole.Student);
            return await new PlanCommands(db, Factory.Clock).SaveAsync(viewer, planId, plan.CurrentVersion, document);
        });
        Assert.IsType<PlanSaveResult.Saved>(saved.Value);
        return planId;
    }

    /// <summary>The advisor adds an outside mentor for the plan's student; returns the signed link's path (from the page that shows it once).</summary>
    public async Task<string> AddOutsideMentorAsync(string advisor, Guid planId, string name, string email, string days = "90")
    {
        var (status, page) = await GetAsync($"/app/mentors/plans/{planId}", advisor);
        Assert.Equal(HttpStatusCode.OK, status);
        var (added, withLink) = await PostAsync(page, $"/app/mentors/plans/{planId}/outside",
            [Field("outside-name", name), Field("outside-email", email), Field("outside-organisation", "Riverside Clinic"), Field("outside-days", days)]);
        Assert.Equal(HttpStatusCode.OK, added);
        var url = IssuedLink().Match(withLink).Groups[1].Value;
        Assert.StartsWith(LaunchDriver.ToolBase + "/mentor-link/", url, StringComparison.Ordinal);
        return new Uri(url).AbsolutePath;
    }

    public async Task<(HttpStatusCode Status, string Html, HttpResponseMessage Response)> OpenLinkAsync(string path)
    {
        var response = await MentorBrowser.GetAsync(path);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(), response);
    }

    /// <summary>Posts a form of a signed-link page with the page's antiforgery token; a redirect is followed.</summary>
    public async Task<(HttpStatusCode Status, string Html)> PostLinkAsync(string page, string action, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var token = AntiforgeryField().Match(page);
        using var response = await MentorBrowser.PostAsync(action, new FormUrlEncodedContent(
            [.. fields, KeyValuePair.Create(token.Groups[1].Value, WebUtility.HtmlDecode(token.Groups[2].Value))]));
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            return (response.StatusCode, await response.Content.ReadAsStringAsync());
        }
        using var next = await MentorBrowser.GetAsync(response.Headers.Location!.OriginalString);
        return (HttpStatusCode.Redirect, await next.Content.ReadAsStringAsync());
    }

    /// <summary>The overall status of a student's row on the advisor's caseload.</summary>
    public static string OverallOf(string caseload, string name) =>
        Regex.Match(caseload, $">{Regex.Escape(name)}</a>.*?data-status=\"(\\w+)\"", RegexOptions.Singleline).Groups[1].Value;

    [GeneratedRegex("value=\"(http[^\"]+)\" data-testid=\"issued-link\"")]
    private static partial Regex IssuedLink();

    [GeneratedRegex("<input type=\"hidden\" name=\"(__RequestVerificationToken[^\"]*)\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
