using System.Net;
using Microsoft.EntityFrameworkCore;
using static LtiPathways.LtiTool.Tests.Pathways.PlannerTest;

namespace LtiPathways.LtiTool.Tests.Pathways;

public sealed class PlannerInputTests : PlannerTest
{
    [Fact]
    public async Task Negative_hours_are_refused_beside_the_field_with_the_input_kept_and_nothing_stored()
    {
        var (planId, page) = await StartPlanAsync(await LaunchAsync("student"));
        var today = DateOnly.FromDateTime(Factory.Clock.GetUtcNow().UtcDateTime).ToString("yyyy-MM-dd");

        var (status, html) = await PostAsync(page, $"/app/pathways/plans/{planId}/hours",
        [
            Field("base_version", "1"), Field("hours-date", today), Field("hours-hours", "-3"), Field("hours-kind", "PpsGuided"),
            Field("hours-supervisor", "Ms Rivera"),
        ]);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Matches("<p class=\"field-error\" id=\"hours-hours-error\"><span class=\"visually-hidden\">Error: </span>Hours must be more than 0.", html);
        Assert.Contains("aria-invalid=\"true\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Ms Rivera\"", html, StringComparison.Ordinal);
        Assert.Equal(1, await QueryAsync(db => db.PlanVersions.CountAsync(v => v.PlanId == planId)));
    }

    [Fact]
    public async Task Hours_that_are_not_a_number_are_refused_with_a_sentence()
    {
        var (planId, page) = await StartPlanAsync(await LaunchAsync("student"));

        var (status, html) = await PostAsync(page, $"/app/pathways/plans/{planId}/hours",
            [Field("base_version", "1"), Field("hours-date", "yesterday"), Field("hours-hours", "two"), Field("hours-kind", "PpsGuided")]);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("Enter the hours as a number, for example 1.5.", html, StringComparison.Ordinal);
        Assert.Contains("The day must be a date like 2026-10-03.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_save_from_an_older_version_shows_both_versions_and_keeps_the_input()
    {
        var (planId, page) = await StartPlanAsync(await LaunchAsync("student"));
        var today = DateOnly.FromDateTime(Factory.Clock.GetUtcNow().UtcDateTime).ToString("yyyy-MM-dd");
        var (first, _) = await PostAsync(page, $"/app/pathways/plans/{planId}/goals",
            [Field("base_version", "1"), Field("goals-text", "Earn CompTIA A+"), Field("goals-measure", "Pass both exams"), Field("goals-targetDate", "2099-01-01")]);
        Assert.Equal(HttpStatusCode.Redirect, first);

        // The same page, still showing version 1, in another tab.
        var (status, html) = await PostAsync(page, $"/app/pathways/plans/{planId}/hours",
            [Field("base_version", "1"), Field("hours-date", today), Field("hours-hours", "2"), Field("hours-kind", "JobShadow"), Field("hours-supervisor", "Mr Lee")]);

        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.Contains("data-testid=\"conflict\"", html, StringComparison.Ordinal);
        Assert.Contains("Added goal", html, StringComparison.Ordinal);
        Assert.Contains("Logged 2 hours of job shadow", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Mr Lee\"", html, StringComparison.Ordinal);
        Assert.Equal(2, BaseVersion(html));
        Assert.Equal(2, await QueryAsync(db => db.PlanVersions.CountAsync(v => v.PlanId == planId)));
    }
}
