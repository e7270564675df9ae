using LtiPathways.Rubrics;

namespace LtiPathways.PathwayGraphQL.Pathways.Plans;

/// <summary>
/// Finding, changing and removing one entry of a plan by its id, and the path its problems carry (<c>goals[2]</c>).
/// Every entry point changes entries this way, so removing a goal always keeps its milestones.
/// </summary>
public static class PlanItems
{
    /// <summary>Each list of a plan with the name its problems' paths use.</summary>
    public static IEnumerable<(string Name, IEnumerable<IPlanItem> Items)> Lists(PlanDocument plan) =>
    [
        ("goals", plan.Goals), ("milestones", plan.Milestones), ("reflections", plan.Reflections), ("hours", plan.Hours),
        ("courses", plan.Courses), ("certifications", plan.Certifications), ("projectArtefacts", plan.ProjectArtefacts),
        ("evidence", plan.Evidence), ("waivers", plan.Waivers),
    ];

    /// <summary>"hours[3]" for the entry with this id, or null when the plan has no such entry.</summary>
    public static string? PathOf(PlanDocument plan, Guid id) =>
        Lists(plan).SelectMany(list => list.Items.Select((item, i) => (item.Id, Path: $"{list.Name}[{i}]"))).FirstOrDefault(x => x.Id == id).Path;

    public static ValueList<T> Replace<T>(ValueList<T> items, Guid id, Func<T, T> change)
        where T : IPlanItem =>
        items.Select(item => item.Id == id ? change(item) : item).ToValueList();

    public static ValueList<T> Remove<T>(ValueList<T> items, Guid id)
        where T : IPlanItem =>
        items.Where(item => item.Id != id).ToValueList();

    /// <summary>Removes a goal; its milestones stay in the plan, on the way to no particular goal.</summary>
    public static PlanDocument RemoveGoal(PlanDocument plan, Guid goalId) => plan with
    {
        Goals = Remove(plan.Goals, goalId),
        Milestones = plan.Milestones.Select(m => m.GoalId == goalId ? m with { GoalId = null } : m).ToValueList(),
    };
}
