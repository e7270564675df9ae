using LtiPathways.PathwayGraphQL.Pathways.Plans;
using LtiPathways.PathwayGraphQL.Pathways.Templates;

namespace LtiPathways.PathwayGraphQL.Pathways.Rules;

/// <summary>
/// Evaluates a plan against its template: a pure function of the plan, the template, the day and the released results.
/// A plan that breaks a rule is reported, never changed.
/// </summary>
public static class PlanEvaluator
{
    public static PlanEvaluation Evaluate(
        PlanTemplate template, PlanDocument plan, DateOnly today, IReadOnlyDictionary<Guid, decimal>? releasedPercentages = null,
        IReadOnlyDictionary<string, ModuleStanding>? modules = null)
    {
        var facts = new PlanFacts(template, plan, today, releasedPercentages ?? new Dictionary<Guid, decimal>())
        {
            Modules = modules ?? new Dictionary<string, ModuleStanding>(),
        };
        return new([.. template.Requirements.Select(requirement => Evaluate(requirement, facts))]);
    }

    private static RequirementResult Evaluate(RequirementDefinition requirement, PlanFacts facts)
    {
        var verdict = WaiverOf(requirement, facts.Plan) ?? Check(requirement, facts);
        return new(requirement.Key, requirement.Name, verdict.Status, $"{requirement.Name}: {verdict.Reason}");
    }

    private static Verdict? WaiverOf(RequirementDefinition requirement, PlanDocument plan) =>
        plan.Waivers.Where(w => requirement.Answers(w.RequirementKey)).OrderBy(w => w.WaivedAt).LastOrDefault() is { } waiver
            ? new(RequirementStatus.Waived,
                $"waived by {waiver.ByName} on {Wording.Day(DateOnly.FromDateTime(waiver.WaivedAt.UtcDateTime))}: {Wording.Sentence(waiver.Reason)}")
            : null;

    private static Verdict Check(RequirementDefinition requirement, PlanFacts facts) => requirement.Kind switch
    {
        RequirementKind.CareerRelatedStudy => CareerRelatedStudyRule.Check(facts),
        RequirementKind.CourseCount => CourseCountRule.Check(requirement, facts),
        RequirementKind.CourseSequence => CourseSequenceRule.Check(requirement, facts),
        RequirementKind.Certifications => CertificationRule.Check(requirement, facts),
        RequirementKind.HourTarget => HourTargetRule.Check(requirement, facts),
        RequirementKind.HourRange => HourRangeRule.Check(requirement, facts),
        RequirementKind.ReflectedActivities => ReflectedActivitiesRule.Check(requirement, facts),
        RequirementKind.Artefacts => ArtefactRule.Check(requirement, facts),
        RequirementKind.GradeThreshold => GradeThresholdRule.Check(requirement, facts),
        RequirementKind.CareerChoice => CareerChoiceRule.Check(facts),
        RequirementKind.ModuleCompleted => ModuleCompletedRule.Check(requirement, facts),
        _ => throw new ArgumentOutOfRangeException(nameof(requirement), requirement.Kind, "A requirement kind without a rule."),
    };
}
