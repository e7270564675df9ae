using LtiPathways.PathwayGraphQL.Pathways.Plans;
using LtiPathways.PathwayGraphQL.Pathways.Templates;

namespace LtiPathways.PathwayGraphQL.Pathways.Rules;

/// <summary>
/// What a plan asks for next, read from its evaluation (never a rule of its own): milestones already overdue, then
/// requirements at risk, then the milestones and hour deadlines coming up, then requirements with nothing towards them yet.
/// The student's "what's next" panel and the dashboards' summaries both come from here.
/// </summary>
public static class NextSteps
{
    public static IReadOnlyList<NextStep> Of(PlanTemplate template, PlanDocument plan, PlanEvaluation evaluation, DateOnly today, int count = 3)
    {
        var open = plan.Milestones.Where(m => m.CompletedOn is null).OrderBy(m => m.Due).ToList();
        var overdue = open.Where(m => m.Due < today)
            .Select(m => new NextStep($"Finish \u201c{m.Title}\u201d: it was due on {Wording.Day(m.Due, today.Year)}.", m.Due, Overdue: true));
        var atRisk = evaluation.Requirements.Where(r => r.Status == RequirementStatus.AtRisk)
            .Select(r => new NextStep(r.Sentence, DeadlineOf(template, plan, r, today), Overdue: false));
        var coming = open.Where(m => m.Due >= today)
            .Select(m => new NextStep($"\u201c{m.Title}\u201d is due on {Wording.Day(m.Due, today.Year)}.", m.Due, Overdue: false));
        var missing = evaluation.Requirements.Where(r => r.Status == RequirementStatus.Missing)
            .Select(r => new NextStep(r.Sentence, DeadlineOf(template, plan, r, today), Overdue: false))
            .OrderBy(s => s.Due ?? DateOnly.MaxValue);
        return [.. overdue.Concat(atRisk).Concat(coming).Concat(missing).Take(count)];
    }

    /// <summary>The soonest day still to come that the plan must meet: an open milestone's, or an unmet hour requirement's deadline.</summary>
    public static DateOnly? NextDeadline(PlanTemplate template, PlanDocument plan, PlanEvaluation evaluation, DateOnly today) =>
        plan.Milestones.Where(m => m.CompletedOn is null && m.Due >= today).Select(m => (DateOnly?)m.Due)
            .Concat(evaluation.Requirements.Where(r => r.Status is RequirementStatus.AtRisk or RequirementStatus.Missing or RequirementStatus.OnTrack)
                .Select(r => DeadlineOf(template, plan, r, today)))
            .Where(day => day >= today).Min();

    private static DateOnly? DeadlineOf(PlanTemplate template, PlanDocument plan, RequirementResult result, DateOnly today) =>
        template.Find(result.Key) is { Kind: RequirementKind.HourTarget } requirement
            && HourTargetRule.DeadlineOf(requirement.Parameters, plan) is { } deadline && deadline >= today
            ? deadline
            : null;
}
