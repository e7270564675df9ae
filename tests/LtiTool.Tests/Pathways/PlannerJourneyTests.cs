using System.Net;
using static LtiPathways.LtiTool.Tests.Pathways.PlannerTest;

namespace LtiPathways.LtiTool.Tests.Pathways;

public sealed class PlannerJourneyTests : PlannerTest
{
    [Fact]
    public async Task A_student_builds_a_combined_plan_from_the_launch_logs_hours_links_an_assessment_and_is_signed_off_while_the_caseload_follows()
    {
        var start = Factory.Clock.GetUtcNow();
        var (planId, page) = await StartPlanAsync(await LaunchAsync("student"));
        Assert.Contains("IB Career-related Programme with CTE", page, StringComparison.Ordinal);

        Factory.Clock.Advance(TimeSpan.FromDays(60));
        var jordan = await LaunchAsync("student");
        var (_, plan) = await GetAsync("/app/pathways", jordan);
        var day = DateOnly.FromDateTime(Factory.Clock.GetUtcNow().UtcDateTime).AddDays(-1).ToString("yyyy-MM-dd");
        (_, plan) = await LogHoursAsync(plan, planId, day, "2");
        Assert.Equal("AtRisk", StatusOf(plan, "personal-and-professional-skills"));
        Assert.Contains("2 h PPS guided", plan, StringComparison.Ordinal);

        var teacher = await LaunchAsync("teacher");
        var assessment = await ReleasedAssessmentAsync(await UserIdAsync("sandbox-student-1"), 16m);
        (_, page) = await GetAsync($"/app/pathways/plans/{planId}", jordan);
        Assert.Contains($"RubricAssessment:{assessment}", page, StringComparison.Ordinal);
        var (linked, withEvidence) = await PostAsync(page, $"/app/pathways/plans/{planId}/evidence",
        [
            Field("base_version", BaseVersion(page).ToString()), Field("evidence-source", $"RubricAssessment:{assessment}"),
            Field("evidence-requirementKeys", "employability-skills"), Field("evidence-requirementKeys", "personal-and-professional-skills"),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, linked);
        Assert.Contains("counts toward Employability skills, Personal and Professional Skills", withEvidence, StringComparison.Ordinal);
        Assert.Equal("Met", StatusOf(withEvidence, "employability-skills"));

        var (_, before) = await GetAsync("/app/pathways", teacher);
        Assert.Contains("data-testid=\"caseload\"", before, StringComparison.Ordinal);
        Assert.Contains("Personal and Professional Skills: 2 of 90 hours logged", JordanRow(before), StringComparison.Ordinal);

        (_, plan) = await LogHoursAsync(withEvidence, planId, DateOnly.FromDateTime(start.UtcDateTime).AddDays(10).ToString("yyyy-MM-dd"), "9");
        (_, plan) = await LogHoursAsync(plan, planId, DateOnly.FromDateTime(start.UtcDateTime).AddDays(20).ToString("yyyy-MM-dd"), "9");
        Assert.Equal("OnTrack", StatusOf(plan, "personal-and-professional-skills"));
        var (_, after) = await GetAsync("/app/pathways/caseload", teacher);
        Assert.DoesNotContain("Personal and Professional Skills", JordanRow(after), StringComparison.Ordinal);

        var (_, advisorView) = await GetAsync($"/app/pathways/plans/{planId}", teacher);
        Assert.Contains("as advisor", advisorView, StringComparison.Ordinal);
        Assert.DoesNotContain("Log hours", advisorView, StringComparison.Ordinal);
        var version = BaseVersion(advisorView);
        var (signed, signedView) = await PostAsync(advisorView, $"/app/pathways/plans/{planId}/sign-offs",
            [Field("sign-off-role", "Advisor"), Field("sign-off-version", version.ToString())]);
        Assert.Equal(HttpStatusCode.Redirect, signed);
        Assert.Contains($"Signed by Alex Rivera (advisor or coordinator)", signedView, StringComparison.Ordinal);
        Assert.Contains($"for this version ({version})", signedView, StringComparison.Ordinal);

        var (history, diff) = await GetAsync($"/app/pathways/plans/{planId}/history?older=1&newer={version}", jordan);
        Assert.Equal(HttpStatusCode.OK, history);
        Assert.Contains("Logged 2 hours of PPS guided on", diff, StringComparison.Ordinal);
        Assert.Contains("Linked \u201cEmployability presentation: rubric assessment released", WebUtility.HtmlDecode(diff), StringComparison.Ordinal);
        Assert.Contains("saved by Jordan Lee", diff, StringComparison.Ordinal);
    }

    private async Task<(HttpStatusCode, string)> LogHoursAsync(string page, Guid planId, string day, string hours)
    {
        var (status, html) = await PostAsync(page, $"/app/pathways/plans/{planId}/hours",
        [
            Field("base_version", BaseVersion(page).ToString()), Field("hours-date", day), Field("hours-hours", hours),
            Field("hours-kind", "PpsGuided"), Field("hours-activity", "Workshop"), Field("hours-supervisor", "Ms Rivera"),
        ]);
        Assert.True(status == HttpStatusCode.Redirect, html);
        return (status, html);
    }

    private static string JordanRow(string caseload)
    {
        var start = caseload.IndexOf("data-student=\"Jordan Lee\"", StringComparison.Ordinal);
        Assert.True(start >= 0, caseload);
        return caseload[start..caseload.IndexOf("</tr>", start, StringComparison.Ordinal)];
    }
}
