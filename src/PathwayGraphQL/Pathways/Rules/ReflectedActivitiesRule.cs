using LtiPathways.PathwayGraphQL.Pathways.Templates;

namespace LtiPathways.PathwayGraphQL.Pathways.Rules;

/// <summary>
/// Activities with reflections (Community Engagement): at least so many activities logged and as many reflections tagged
/// with the requirement. Several days of one activity, named alike, are one activity.
/// </summary>
public static class ReflectedActivitiesRule
{
    public static Verdict Check(RequirementDefinition requirement, PlanFacts facts)
    {
        var minimum = requirement.Parameters.Minimum ?? 1;
        var activities = LoggedHours.For(requirement, facts)
            .Select(h => string.IsNullOrWhiteSpace(h.Activity) ? h.Id.ToString() : h.Activity.Trim().ToUpperInvariant())
            .Distinct().Count();
        var reflections = facts.Plan.Reflections.Count(r => r.WrittenOn <= facts.Today && r.RequirementKeys.Any(requirement.Answers));
        var done = $"{Wording.Count(activities, "activity", "activities")} logged and {Wording.Count(reflections, "reflection", "reflections")} written";
        return (activities, reflections) switch
        {
            (0, 0) => new(RequirementStatus.Missing, $"no activities logged yet; log at least {minimum}, each with a reflection."),
            _ when activities >= minimum && reflections >= minimum => new(RequirementStatus.Met, done + "."),
            _ => new(RequirementStatus.OnTrack, $"{done}; at least {minimum} of each are needed."),
        };
    }
}
