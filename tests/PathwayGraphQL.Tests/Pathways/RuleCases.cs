using LtiPathways.PathwayGraphQL.Pathways.Plans;
using LtiPathways.PathwayGraphQL.Pathways.Rules;
using LtiPathways.PathwayGraphQL.Pathways.Templates;
using static LtiPathways.PathwayGraphQL.Tests.Pathways.PlanSamples;

namespace LtiPathways.PathwayGraphQL.Tests.Pathways;

/// <summary>Evaluates one requirement of a shipped template against a plan, as the rule tests need it.</summary>
public static class RuleCases
{
    public static readonly DateOnly November30 = new(2026, 11, 30);

    public static RequirementResult Evaluate(string key, PlanDocument plan, DateOnly? today = null,
        Func<RequirementDefinition, RequirementDefinition>? change = null, PlanTemplate? template = null,
        Dictionary<Guid, decimal>? released = null)
    {
        template ??= ShippedTemplates.Combined;
        var requirement = template.Find(key)!;
        var only = template with { Requirements = [change is null ? requirement : change(requirement)] };
        return PlanEvaluator.Evaluate(only, plan with { StartedOn = plan.StartedOn ?? September1 }, today ?? November30, released).Requirements.Single();
    }

    public static void AssertResult(RequirementStatus status, string sentence, RequirementResult result) =>
        Assert.Equal((status, sentence), (result.Status, result.Sentence));

    public static HourLog Log(int n, DateOnly date, decimal hours, HourKind kind, string? activity = null) =>
        new(Id(100 + n), date, hours, kind, activity, "Ms Park");

    public static PlanDocument WithHours(decimal total, HourKind kind) => PlanDocument.Empty with { Hours = [Log(1, new DateOnly(2026, 10, 3), total, kind)] };

    public static RequirementDefinition DueMarch1(RequirementDefinition r) => r with { Parameters = r.Parameters with { Deadline = new DateOnly(2027, 3, 1) } };

}
