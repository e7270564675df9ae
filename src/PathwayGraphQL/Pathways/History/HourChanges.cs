using LtiPathways.PathwayGraphQL.Pathways.Plans;
using static LtiPathways.PathwayGraphQL.Pathways.History.PlanDiff;
using static LtiPathways.PathwayGraphQL.Pathways.Rules.Wording;

namespace LtiPathways.PathwayGraphQL.Pathways.History;

public static class HourChanges
{
    public static IEnumerable<string> Of(HourLog? old, HourLog? now)
    {
        switch (old, now)
        {
            case (null, { } added):
                yield return $"Logged {Hours(added.Hours)} hours of {added.Kind.Describe()} on {Day(added.Date)}{Of(added.Activity)}{ConfirmedBy(added.Confirmed)}";
                break;
            case ({ } removed, null):
                yield return $"Removed {Hours(removed.Hours)} hours of {removed.Kind.Describe()} on {Day(removed.Date)}{Of(removed.Activity)}";
                break;
            case ({ } a, { } b):
                if (a.Hours != b.Hours)
                {
                    yield return $"Hours on {Day(b.Date)} changed from {Hours(a.Hours)} to {Hours(b.Hours)}";
                }
                if (a.Date != b.Date)
                {
                    yield return $"Moved {Hours(b.Hours)} hours of {b.Kind.Describe()} from {Day(a.Date)} to {Day(b.Date)}";
                }
                if (a.Kind != b.Kind)
                {
                    yield return $"Hours on {Day(b.Date)} changed from {a.Kind.Describe()} to {b.Kind.Describe()}";
                }
                if (a.Activity != b.Activity)
                {
                    yield return $"Activity on {Day(b.Date)} changed from \u201c{a.Activity}\u201d to \u201c{b.Activity}\u201d";
                }
                if (a.Supervisor != b.Supervisor)
                {
                    yield return $"Supervisor for {Day(b.Date)} changed from {a.Supervisor ?? "nobody"} to {b.Supervisor ?? "nobody"}";
                }
                if (a.Confirmed is null && b.Confirmed is { } confirmed)
                {
                    yield return $"{Hours(b.Hours)} hours of {b.Kind.Describe()} on {Day(b.Date)} confirmed by {confirmed.Name} (mentor)";
                }
                break;
        }
    }

    private static string ConfirmedBy(MentorSignOff? confirmed) => confirmed is null ? "" : $", confirmed by {confirmed.Name} (mentor)";

    private static string Of(string? activity) => string.IsNullOrWhiteSpace(activity) ? "" : $" ({activity})";
}
