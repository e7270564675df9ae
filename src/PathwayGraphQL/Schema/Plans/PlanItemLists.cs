using LtiPathways.PathwayGraphQL.Pathways.Plans;

namespace LtiPathways.PathwayGraphQL.Schema.Plans;

/// <summary>The lists the API changes, named as the core's validator names them in its field paths (<c>goals[2].text</c>).</summary>
public static class PlanItemLists
{
    public static readonly PlanItems<Goal> Goals = new("goals", d => d.Goals, (d, list) => d with { Goals = list }, g => g.Id);
    public static readonly PlanItems<Milestone> Milestones = new("milestones", d => d.Milestones, (d, list) => d with { Milestones = list }, m => m.Id);
    public static readonly PlanItems<Reflection> Reflections = new("reflections", d => d.Reflections, (d, list) => d with { Reflections = list }, r => r.Id);
    public static readonly PlanItems<HourLog> Hours = new("hours", d => d.Hours, (d, list) => d with { Hours = list }, h => h.Id);

    /// <summary>A plan item's id as the API sends it, or null when it is not one.</summary>
    public static Guid? ParseId(string? id) => Guid.TryParse(id, out var parsed) ? parsed : null;
}
