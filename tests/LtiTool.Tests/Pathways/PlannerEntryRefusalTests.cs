using System.Net;
using Microsoft.EntityFrameworkCore;
using static LtiPathways.LtiTool.Tests.Pathways.PlannerTest;

namespace LtiPathways.LtiTool.Tests.Pathways;

/// <summary>An in-place edit the core refuses, one that meets a newer version, and the CP-only plan without a career pathway.</summary>
public sealed class PlannerEntryRefusalTests : PlannerTest
{
    [Fact]
    public async Task An_edit_the_core_refuses_shows_each_sentence_beside_its_own_field_keeps_the_input_and_stores_nothing()
    {
        var (planId, page) = await StartPlanAsync(await LaunchAsync("student"));
        var (_, withGoal) = await PostAsync(page, $"/app/pathways/plans/{planId}/goals",
            [Field("base_version", "1"), Field("goals-text", "Earn CompTIA A+"), Field("goals-measure", "Pass both exams"), Field("goals-targetDate", "2099-06-01")]);
        var goal = EntryAction(withGoal, "goals");
        var g = Section("goals", goal);

        var (status, html) = await PostAsync(withGoal, goal,
            [Field("base_version", "2"), Field($"{g}-text", ""), Field($"{g}-measure", "Pass both exams"), Field($"{g}-targetDate", "2000-01-01")]);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains($"<p class=\"field-error\" id=\"{g}-text-error\"", html, StringComparison.Ordinal);
        Assert.Contains($"id=\"{g}-text-error\"><span class=\"visually-hidden\">Error: </span>Say what the goal is.", html, StringComparison.Ordinal);
        Assert.Contains($"id=\"{g}-targetDate-error\"><span class=\"visually-hidden\">Error: </span>The target date 1 January 2000 comes before the goal was set on", html, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"#{g}-targetDate\">", html, StringComparison.Ordinal);
        Assert.Contains($"name=\"{g}-targetDate\" type=\"date\" value=\"2000-01-01\"", html, StringComparison.Ordinal);
        Assert.Contains($"name=\"{g}-text\" type=\"text\" value=\"\"", html, StringComparison.Ordinal);
        Assert.Equal(2, await QueryAsync(db => db.PlanVersions.CountAsync(v => v.PlanId == planId)));
    }

    [Fact]
    public async Task The_core_alone_refuses_a_career_related_study_without_a_provider_beside_the_provider_field()
    {
        var (planId, page) = await StartPlanAsync(await LaunchAsync("student"), "ib-cp");

        var (status, html) = await PostAsync(page, $"/app/pathways/plans/{planId}/career-related-study",
            [Field("base_version", "1"), Field("crs-title", "Health Science Certificate"), Field("crs-provider", " ")]);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("id=\"crs-provider-error\"><span class=\"visually-hidden\">Error: </span>Name who provides the career-related study.", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Health Science Certificate\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Editing_hours_from_an_older_page_shows_both_versions_keeps_the_edit_and_saves_it_on_the_newer_one()
    {
        var (planId, page) = await StartPlanAsync(await LaunchAsync("student"));
        var today = DateOnly.FromDateTime(Factory.Clock.GetUtcNow().UtcDateTime).ToString("yyyy-MM-dd");
        var (_, older) = await PostAsync(page, $"/app/pathways/plans/{planId}/hours",
            [Field("base_version", "1"), Field("hours-date", today), Field("hours-hours", "4"), Field("hours-kind", "Internship")]);
        var hours = EntryAction(older, "hours");
        var h = Section("hours", hours);
        KeyValuePair<string, string>[] Edit(string version, string value) =>
            [Field("base_version", version), Field($"{h}-date", today), Field($"{h}-hours", value), Field($"{h}-kind", "Internship")];
        var (first, _) = await PostAsync(older, hours, Edit("2", "5"));
        Assert.Equal(HttpStatusCode.Redirect, first);

        var (status, html) = await PostAsync(older, hours, Edit("2", "8"));

        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.Contains("data-testid=\"conflict\"", html, StringComparison.Ordinal);
        Assert.Contains("changed from 4 to 5", html, StringComparison.Ordinal);
        Assert.Contains("changed from 5 to 8", html, StringComparison.Ordinal);
        Assert.Contains($"name=\"{h}-hours\" type=\"number\" value=\"8\"", html, StringComparison.Ordinal);
        Assert.Equal(3, BaseVersion(html));
        var (again, saved) = await PostAsync(html, hours, Edit("3", "8"));
        Assert.Equal(HttpStatusCode.Redirect, again);
        Assert.Contains("8 h internship", saved, StringComparison.Ordinal);
        Assert.Equal(4, await QueryAsync(db => db.PlanVersions.CountAsync(v => v.PlanId == planId)));
    }

    [Fact]
    public async Task Removing_an_entry_removed_meanwhile_says_so_and_stores_nothing()
    {
        var (planId, page) = await StartPlanAsync(await LaunchAsync("student"));
        var (_, withGoal) = await PostAsync(page, $"/app/pathways/plans/{planId}/goals",
            [Field("base_version", "1"), Field("goals-text", "Earn CompTIA A+"), Field("goals-measure", "Pass both exams"), Field("goals-targetDate", "2099-06-01")]);
        var remove = EntryAction(withGoal, "goals") + "/remove";
        var (removed, _) = await PostAsync(withGoal, remove, [Field("base_version", "2")]);
        Assert.Equal(HttpStatusCode.Redirect, removed);

        var (status, html) = await PostAsync(withGoal, remove, [Field("base_version", "2")]);

        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.Contains("This entry is no longer in the plan", html, StringComparison.Ordinal);
        Assert.Equal(3, await QueryAsync(db => db.PlanVersions.CountAsync(v => v.PlanId == planId)));
    }

    [Fact]
    public async Task A_cp_only_plan_shows_no_career_pathway_on_its_page_in_print_or_in_the_caseload_and_refuses_one_moved_in()
    {
        var jordan = await LaunchAsync("student");
        var (planId, page) = await StartPlanAsync(jordan, "ib-cp");
        Assert.DoesNotContain("Career cluster and pathway", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Choose your career pathway", page, StringComparison.Ordinal);
        var (moved, _) = await PostAsync(page, "/app/pathways/careers/plan-choice",
            [Field("cluster", "Digital Technology"), Field("pathway", "Network Systems & Cybersecurity")]);
        Assert.Equal(HttpStatusCode.BadRequest, moved);

        var (_, plan) = await GetAsync($"/app/pathways/plans/{planId}", jordan);
        var (_, caseload) = await GetAsync("/app/pathways/caseload", await LaunchAsync("teacher"));
        var (_, combined) = await StartPlanAsync(await LaunchCaseyAsync());

        Assert.Contains("Career-related study and certifications", plan, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"career\"", plan, StringComparison.Ordinal);
        Assert.DoesNotContain("Network Systems", plan, StringComparison.Ordinal);
        Assert.DoesNotContain("Network Systems", caseload, StringComparison.Ordinal);
        Assert.DoesNotContain("career pathway", caseload, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("data-testid=\"career\"", combined, StringComparison.Ordinal);
    }
}
