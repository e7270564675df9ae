using System.Net;
using LtiPathways.PathwayGraphQL.Pathways.Planning;
using LtiPathways.PathwayGraphQL.Pathways.Plans;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.LtiTool.Tests.Pathways.Careers;

/// <summary>A pathway moved into the plan, and held pathways compared against its rules.</summary>
public sealed class PlanChoicePageTests : CareerTest
{
    private static readonly KeyValuePair<string, string>[] Robotics = [new("cluster", "Advanced Manufacturing"), new("pathway", "Robotics")];

    [Fact]
    public async Task Moving_a_suggestion_into_the_plan_makes_a_new_version_with_that_cluster_and_pathway()
    {
        var jordan = await SessionAsync();
        var plan = await StartPlanAsync();

        var (status, page) = await PostAsync($"{Root}/plan-choice", jordan, Robotics);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Robotics in Advanced Manufacturing is now your plan&#x27;s career pathway (version 2 of your plan).", page, StringComparison.Ordinal);
        var versions = await QueryAsync(db => db.PlanVersions.Where(v => v.PlanId == plan.PlanId).OrderBy(v => v.Number).ToListAsync());
        Assert.Equal([1, 2], versions.Select(v => v.Number));
        Assert.Equal(new CareerChoice("Advanced Manufacturing", "Robotics"), PlanVersions.Document(versions[1]).Career);
        Assert.Null(PlanVersions.Document(versions[0]).Career);
    }

    [Fact]
    public async Task A_cp_only_plan_is_offered_no_pathway_to_move_in_and_a_posted_one_is_refused_with_the_plan_unchanged()
    {
        var jordan = await SessionAsync();
        var plan = await StartPlanAsync("ib-cp");

        var (_, browse) = await GetAsync($"{Root}/browse", jordan);
        var (status, page) = await PostAsync($"{Root}/plan-choice", jordan, Robotics);
        var (careerStatus, planPage) = await PostAsync($"/app/pathways/plans/{plan.PlanId}/career", jordan,
            [new("base_version", "1"), new("career-pathway", "Advanced Manufacturing / Robotics")]);

        Assert.DoesNotContain("Make this my plan&#x27;s pathway", browse, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"no-career-in-plan\"", browse, StringComparison.Ordinal);
        Assert.Contains("Compare", browse, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("which has no career cluster and pathway; use what you found to choose your career-related study and subjects.", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, careerStatus);
        Assert.Contains("which has no career cluster and pathway", planPage, StringComparison.Ordinal);
        var versions = await QueryAsync(db => db.PlanVersions.Where(v => v.PlanId == plan.PlanId).ToListAsync());
        Assert.Null(PlanVersions.Document(Assert.Single(versions)).Career);
    }

    [Fact]
    public async Task Without_a_plan_the_student_is_told_so_and_pointed_to_starting_one()
    {
        var (status, page) = await PostAsync($"{Root}/plan-choice", await SessionAsync(), Robotics);

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Contains("You have no pathway plan yet", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/app/pathways\"", page, StringComparison.Ordinal);
        Assert.False(await QueryAsync(db => db.PlanVersions.AnyAsync()));
    }

    [Fact]
    public async Task Held_pathways_are_compared_side_by_side_and_against_the_plan_before_one_becomes_the_plans_choice()
    {
        var jordan = await SessionAsync();
        var plan = await StartPlanAsync();
        await PostAsync($"{Root}/compare/hold", jordan, Robotics);
        var (held, heldPage) = await PostAsync($"{Root}/compare/hold", jordan, [new("cluster", "Agriculture"), new("pathway", "Plant Systems")]);

        Assert.Equal(HttpStatusCode.OK, held);
        Assert.Contains("Choice A: Robotics", heldPage, StringComparison.Ordinal);
        Assert.Contains("Choice B: Plant Systems", heldPage, StringComparison.Ordinal);
        Assert.Contains("Choice A is in Advanced Manufacturing; Choice B is in Agriculture.", heldPage, StringComparison.Ordinal);
        Assert.Contains("data-requirement=\"career-cluster-and-pathway\"", heldPage, StringComparison.Ordinal);
        Assert.Contains("Career cluster and pathway: Robotics in Advanced Manufacturing.", heldPage, StringComparison.Ordinal);
        Assert.Equal(1, await QueryAsync(db => db.PlanVersions.CountAsync(v => v.PlanId == plan.PlanId)));

        var (chosen, _) = await PostAsync($"{Root}/plan-choice", jordan, [new("cluster", "Agriculture"), new("pathway", "Plant Systems")]);
        var (_, after) = await GetAsync($"{Root}/compare", jordan);

        Assert.Equal(HttpStatusCode.OK, chosen);
        Assert.Equal(2, await QueryAsync(db => db.PlanVersions.CountAsync(v => v.PlanId == plan.PlanId)));
        Assert.Contains("data-testid=\"plan-choice\"", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_fourth_held_pathway_is_refused_with_a_sentence()
    {
        var jordan = await SessionAsync();
        foreach (var pathway in new[] { "Robotics", "Engineering", "Industrial Machinery" })
        {
            await PostAsync($"{Root}/compare/hold", jordan, [new("cluster", "Advanced Manufacturing"), new("pathway", pathway)]);
        }

        var (status, page) = await PostAsync($"{Root}/compare/hold", jordan, [new("cluster", "Agriculture"), new("pathway", "Plant Systems")]);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("You are comparing 3 pathways already; remove one before adding Plant Systems.", page, StringComparison.Ordinal);
    }
}
