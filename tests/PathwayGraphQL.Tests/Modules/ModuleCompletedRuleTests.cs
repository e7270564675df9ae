using LtiPathways.PathwayGraphQL.Pathways.Plans;
using LtiPathways.PathwayGraphQL.Pathways.Rules;
using LtiPathways.PathwayGraphQL.Pathways.Templates;

namespace LtiPathways.PathwayGraphQL.Tests.Modules;

public sealed class ModuleCompletedRuleTests
{
    private static readonly DateOnly Today = new(2026, 11, 30);

    private static readonly PlanTemplate Template = ShippedTemplates.CteIlp with
    {
        Requirements =
        [
            new RequirementDefinition
            {
                Key = "safety", Name = "Workplace safety module", Kind = RequirementKind.ModuleCompleted,
                Parameters = new RequirementParameters { ModuleKey = "workplace-safety" },
            },
        ],
    };

    private static RequirementResult Evaluate(ModuleStanding? standing) =>
        PlanEvaluator.Evaluate(Template, PlanDocument.Empty with { StartedOn = Today.AddDays(-30) }, Today, null,
            standing is null ? null : new Dictionary<string, ModuleStanding> { [standing.Key] = standing }).Requirements.Single();

    private static ModuleStanding Standing(int done, string? next, bool waiting = false, DateOnly? completed = null) =>
        new("workplace-safety", "Workplace safety basics", done, 5, next, waiting, completed);

    [Fact]
    public void The_sentence_follows_the_student_from_not_started_to_completed()
    {
        Assert.Equal((RequirementStatus.Missing, "Workplace safety module: this school does not offer the module yet; ask your coordinator."),
            (Evaluate(null).Status, Evaluate(null).Sentence));
        var notStarted = Evaluate(Standing(0, "Hazards and how we control them"));
        Assert.Equal((RequirementStatus.Missing, "Workplace safety module: 0 of 5 steps done; open Workplace safety basics from your plan to start."),
            (notStarted.Status, notStarted.Sentence));
        var underWay = Evaluate(Standing(3, "Check: reporting"));
        Assert.Equal((RequirementStatus.OnTrack, "Workplace safety module: 3 of 5 steps done; next: Check: reporting."), (underWay.Status, underWay.Sentence));
        var waiting = Evaluate(Standing(4, null, waiting: true));
        Assert.Equal((RequirementStatus.OnTrack, "Workplace safety module: 4 of 5 steps done; your practical task is waiting for your advisor's mark."),
            (waiting.Status, waiting.Sentence));
        var done = Evaluate(Standing(5, null, completed: new DateOnly(2026, 11, 27)));
        Assert.Equal((RequirementStatus.Met, "Workplace safety module: Workplace safety basics completed on 27 November; all 5 steps done."), (done.Status, done.Sentence));
    }

    [Fact]
    public void A_module_requirement_needs_the_key_of_its_module()
    {
        var requirement = Template.Requirements[0] with { Parameters = RequirementParameters.None };
        Assert.Equal("moduleKey", RequirementParameterRules.Check(requirement).Single().Path);
    }
}
