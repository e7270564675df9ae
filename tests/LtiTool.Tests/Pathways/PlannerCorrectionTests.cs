using System.Net;
using System.Text.RegularExpressions;
using static LtiPathways.LtiTool.Tests.Pathways.PlannerTest;

namespace LtiPathways.LtiTool.Tests.Pathways;

public sealed partial class PlannerCorrectionTests : PlannerTest
{
    [Fact]
    public async Task A_student_removes_hours_logged_by_mistake_and_the_history_keeps_them()
    {
        var (planId, page) = await StartPlanAsync(await LaunchAsync("student"));
        var today = DateOnly.FromDateTime(Factory.Clock.GetUtcNow().UtcDateTime).ToString("yyyy-MM-dd");
        var (_, logged) = await PostAsync(page, $"/app/pathways/plans/{planId}/hours",
            [Field("base_version", "1"), Field("hours-date", today), Field("hours-hours", "7"), Field("hours-kind", "Internship")]);
        var remove = RemoveAction().Match(logged).Groups[1].Value;

        var (status, removed) = await PostAsync(logged, remove, [Field("base_version", "2")]);
        var (_, history) = await GetAsync($"/app/pathways/plans/{planId}/history", await LaunchAsync("student"));

        Assert.Equal(HttpStatusCode.Redirect, status);
        Assert.DoesNotContain("data-testid=\"hour-logs\"", removed, StringComparison.Ordinal);
        Assert.Contains("Removed 7 hours of internship", history, StringComparison.Ordinal);
        Assert.Contains("Logged 7 hours of internship", history, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_project_piece_without_a_title_is_refused_beside_the_title_and_one_with_it_is_recorded()
    {
        var (planId, page) = await StartPlanAsync(await LaunchAsync("student"), "ib-cp");

        var (refused, html) = await PostAsync(page, $"/app/pathways/plans/{planId}/project-artefacts",
            [Field("base_version", "1"), Field("projectArtefacts-kind", "proposal"), Field("projectArtefacts-title", "")]);
        var (saved, plan) = await PostAsync(page, $"/app/pathways/plans/{planId}/project-artefacts",
            [Field("base_version", "1"), Field("projectArtefacts-kind", "proposal"), Field("projectArtefacts-title", "Privacy in school networks"), Field("projectArtefacts-completedOn", "2020-01-01")]);

        Assert.Equal(HttpStatusCode.BadRequest, refused);
        Assert.Contains("id=\"projectArtefacts-title-error\"", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, saved);
        Assert.Contains("Privacy in school networks, finished 1 Jan 2020", plan, StringComparison.Ordinal);
    }

    [GeneratedRegex("action=\"(/app/pathways/plans/[0-9a-f-]{36}/hours/[0-9a-f-]{36}/remove)\"")]
    private static partial Regex RemoveAction();
}
