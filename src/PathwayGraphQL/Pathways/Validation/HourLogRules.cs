using LtiPathways.PathwayGraphQL.Pathways.Plans;
using LtiPathways.Rubrics;

namespace LtiPathways.PathwayGraphQL.Pathways.Validation;

/// <summary>Hours that cannot be right: none or negative, on a day still to come, more than a day holds, or logged twice.</summary>
public static class HourLogRules
{
    public static IEnumerable<Problem> Check(ValueList<HourLog> hours, DateOnly today)
    {
        for (var i = 0; i < hours.Count; i++)
        {
            var log = hours[i];
            if (log.Hours <= 0)
            {
                yield return new Problem("Hours must be more than 0.", $"hours[{i}].hours");
            }
            if (log.Date > today)
            {
                yield return new Problem($"{PlanValidator.Day(log.Date, today)} is still to come; log hours once they are done.", $"hours[{i}].date");
            }
            var same = hours.Take(i).FirstOrDefault(earlier => earlier with { Id = log.Id } == log);
            if (same is not null)
            {
                yield return new Problem(
                    $"This repeats the {Rules.Wording.Hours(log.Hours)} hours already logged for {PlanValidator.Day(log.Date, today)} with the same kind and activity.",
                    $"hours[{i}]");
            }
        }
        foreach (var day in hours.Select((log, i) => (log, i)).GroupBy(x => x.log.Date))
        {
            var total = day.Sum(x => Math.Max(0, x.log.Hours));
            if (total > 24)
            {
                yield return new Problem(
                    $"The hours for {PlanValidator.Day(day.Key, today)} add up to {Rules.Wording.Hours(total)}; a day has 24.",
                    $"hours[{day.Last().i}].hours");
            }
        }
    }
}
