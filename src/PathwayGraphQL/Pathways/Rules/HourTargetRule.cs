using LtiPathways.PathwayGraphQL.Pathways.Plans;
using LtiPathways.PathwayGraphQL.Pathways.Templates;

namespace LtiPathways.PathwayGraphQL.Pathways.Rules;

/// <summary>
/// Hours against a target, by a deadline when there is one. The projection assumes the student keeps the average pace
/// since the plan started: plain enough to explain in a sentence, and honest about a slow start.
/// </summary>
public static class HourTargetRule
{
    public static Verdict Check(RequirementDefinition requirement, PlanFacts facts)
    {
        var (today, target) = (facts.Today, requirement.Parameters.TargetHours ?? 0);
        var logs = LoggedHours.For(requirement, facts);
        var total = logs.Sum(h => h.Hours);
        var logged = $"{Wording.Hours(total)} of {Wording.Hours(target)} hours logged";
        var deadline = DeadlineOf(requirement.Parameters, facts.Plan);
        var due = deadline is { } last ? $"the {Wording.Day(last, today.Year)} deadline" : "";
        if (total >= target)
        {
            return new(RequirementStatus.Met, logged + ".");
        }
        if (total == 0)
        {
            return new(RequirementStatus.Missing, deadline switch
            {
                null => logged + ".",
                { } day when day < today => $"{logged}; {due} has passed.",
                { } day => $"{logged}; {Wording.Hours(target)} are due by {Wording.Day(day, today.Year)}.",
            });
        }
        if (deadline is not { } end)
        {
            return new(RequirementStatus.OnTrack, $"{logged}; {Wording.Hours(target - total)} to go.");
        }
        if (end < today)
        {
            return new(RequirementStatus.AtRisk, $"{logged}; {due} has passed.");
        }
        var start = facts.Plan.StartedOn is { } started && started <= logs.Min(h => h.Date) ? started : logs.Min(h => h.Date);
        var days = Math.Max(1, today.DayNumber - start.DayNumber);
        var daysToGo = Math.Ceiling((target - total) * days / total);
        var since = $"at your pace since {Wording.Month(start, today)}";
        if (daysToGo > DateOnly.MaxValue.DayNumber - today.DayNumber)
        {
            return new(RequirementStatus.AtRisk, $"{logged}; {since} you would not reach {Wording.Hours(target)} before {due}.");
        }
        var reach = today.AddDays((int)daysToGo);
        var projection = $"{logged}; {since} you reach {Wording.Hours(target)} by {Wording.Day(reach, today.Year)}";
        return reach <= end
            ? new(RequirementStatus.OnTrack, $"{projection}, before {due}.")
            : new(RequirementStatus.AtRisk, $"{projection}, after {due}.");
    }

    /// <summary>A fixed deadline, or one counted from the plan's start.</summary>
    public static DateOnly? DeadlineOf(RequirementParameters parameters, PlanDocument plan) =>
        parameters.Deadline ?? (parameters.DueMonthsAfterStart is { } months && plan.StartedOn is { } start ? start.AddMonths(months) : null);
}
