using LtiPathways.PathwayGraphQL.Pathways.Plans;
using LtiPathways.PathwayGraphQL.Pathways.Templates;
using LtiPathways.Rubrics;

namespace LtiPathways.PathwayGraphQL.Pathways.Validation;

/// <summary>
/// What a student may not save: each problem names its field (<c>hours[2].date</c>) and says in one sentence what is wrong.
/// Unmet requirements are not problems here; the evaluator reports those.
/// </summary>
public static class PlanValidator
{
    public static ValueList<Problem> Check(PlanDocument plan, DateOnly today, PlanTemplate? template = null) =>
    [
        .. Started(plan, today),
        .. HourLogRules.Check(plan.Hours, today),
        .. DateOrderRules.Check(plan, today),
        .. ContentRules.Check(plan, template),
        .. DuplicateIds(plan),
    ];

    private static IEnumerable<Problem> Started(PlanDocument plan, DateOnly today)
    {
        if (plan.StartedOn > today)
        {
            yield return new Problem($"The plan cannot start on {Day(plan.StartedOn.Value, today)}, a day still to come.", "startedOn");
        }
    }

    private static IEnumerable<Problem> DuplicateIds(PlanDocument plan) =>
        PlanItems.Lists(plan).SelectMany(list => list.Items.Select((item, i) => (item.Id, i)).GroupBy(x => x.Id).Where(g => g.Count() > 1)
            .Select(g => new Problem("Two entries share one id; give the second a new one.", $"{list.Name}[{g.Skip(1).First().i}].id")));

    internal static string Day(DateOnly day, DateOnly today) => Rules.Wording.Day(day, today.Year);
}
