using LtiPathways.PathwayGraphQL.Outcomes;
using LtiPathways.PathwayGraphQL.Pathways.Planning;
using LtiPathways.PathwayGraphQL.Pathways.Plans;
using LtiPathways.PathwayGraphQL.Pathways.Rules;

namespace LtiPathways.PathwayGraphQL.Tests.Pathways.Careers;

/// <summary>A pathway moved into the plan, and held pathways checked against the plan's rules.</summary>
public sealed class CareerPlanChoiceTests : PlanServiceFixture
{
    private CareerPlanChoice Choice() => new(school.NewContext(), clock);

    private Access.Viewer Student => school.AsStudent(school.Student);

    [Fact]
    public async Task Moving_a_pathway_into_the_plan_saves_a_new_version_with_that_cluster_and_pathway()
    {
        var plan = await StartedAsync("cte-ilp");

        var chosen = await Choice().ChooseAsync(Student, "advanced manufacturing", "robotics");

        var saved = Assert.IsType<PlanSaveResult.Saved>(chosen.Value).Plan;
        Assert.Equal(plan.VersionNumber + 1, saved.VersionNumber);
        Assert.Equal(new CareerChoice("Advanced Manufacturing", "Robotics"), saved.Document.Career);
        var view = (await Queries().OpenAsync(Student, plan.PlanId)).Value!;
        Assert.Equal(new CareerChoice("Advanced Manufacturing", "Robotics"), view.Plan.Document.Career);
    }

    [Fact]
    public async Task Without_a_plan_the_student_is_told_to_start_one_and_the_same_pathway_twice_is_a_conflict()
    {
        var none = await Choice().ChooseAsync(Student, "Advanced Manufacturing", "Robotics");
        await StartedAsync("cte-ilp");
        await Choice().ChooseAsync(Student, "Advanced Manufacturing", "Robotics");

        var again = await Choice().ChooseAsync(Student, "Advanced Manufacturing", "Robotics");
        var unknown = await Choice().ChooseAsync(Student, "Advanced Manufacturing", "Teleportation");

        Assert.Equal(CareerPlanChoice.NoPlanYet, none.Refusal);
        Assert.Equal(RefusalCode.Conflict, again.Refusal?.Code);
        Assert.Equal(RefusalCode.Invalid, unknown.Refusal?.Code);
    }

    [Fact]
    public async Task Staff_are_told_that_the_student_chooses_rather_than_that_they_have_no_plan()
    {
        await StartedAsync("cte-ilp");

        var byAdvisor = await Choice().ChooseAsync(school.AsStaff(school.Advisor, school.PlannerCourse), "Advanced Manufacturing", "Robotics");

        Assert.Equal(RefusalCode.Forbidden, byAdvisor.Refusal?.Code);
        Assert.NotEqual(CareerPlanChoice.NoPlanYet, byAdvisor.Refusal);
    }

    [Fact]
    public async Task Held_pathways_are_evaluated_on_a_copy_of_the_plan_and_the_plan_itself_does_not_change()
    {
        var plan = await StartedAsync("cte-ilp");
        var explorations = new CareerExplorations(school.NewContext(), clock);
        await explorations.HoldAsync(Student, "Advanced Manufacturing", "Robotics");
        var held = (await explorations.HoldAsync(Student, "Agriculture", "Plant Systems")).Value!;

        var comparison = (await Choice().CompareAsync(Student, held)).Value!;

        Assert.Equal(["Choice A", "Choice B"], comparison.Alternatives.Select(a => a.Choice.Label));
        Assert.All(comparison.Alternatives, a => Assert.Equal(RequirementStatus.Met, CareerRequirement(a.Evaluation!).Status));
        Assert.Equal(RequirementStatus.Missing, CareerRequirement(comparison.PlanNow!).Status);
        Assert.Contains("Choice A is in Advanced Manufacturing; Choice B is in Agriculture.", comparison.Differences.Single().Lines);
        Assert.Equal(plan.VersionNumber, (await Queries().OpenAsync(Student, plan.PlanId)).Value!.Plan.VersionNumber);
    }

    [Fact]
    public async Task Without_a_plan_held_pathways_still_show_what_differs()
    {
        var explorations = new CareerExplorations(school.NewContext(), clock);
        await explorations.HoldAsync(Student, "Advanced Manufacturing", "Robotics");
        var held = (await explorations.HoldAsync(Student, "Advanced Manufacturing", "Engineering")).Value!;

        var comparison = (await Choice().CompareAsync(Student, held)).Value!;

        Assert.Null(comparison.PlanNow);
        Assert.All(comparison.Alternatives, a => Assert.Null(a.Evaluation));
        Assert.Contains("Choice A follows Robotics; Choice B follows Engineering.", comparison.Differences.Single().Lines);
    }

    private static RequirementResult CareerRequirement(PlanEvaluation evaluation) =>
        evaluation.Requirements.Single(r => r.Key == "career-cluster-and-pathway");
}
