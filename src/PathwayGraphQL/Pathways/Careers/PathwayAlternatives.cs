using LtiPathways.Rubrics;

namespace LtiPathways.PathwayGraphQL.Pathways.Careers;

/// <summary>
/// Two or three candidate pathways held side by side before one becomes the plan. Each names a pathway of the
/// catalogue; checking them against plan rules is the plan engine's job, not this type's.
/// </summary>
public sealed class PathwayAlternatives
{
    public const int Fewest = 2;
    public const int Most = 3;

    private PathwayAlternatives(ValueList<PathwayChoice> choices) => Choices = choices;

    public ValueList<PathwayChoice> Choices { get; }

    public static Validated<PathwayAlternatives> Create(CareerCatalogue catalogue, IEnumerable<PathwayChoice> choices)
    {
        var list = choices.ToValueList();
        var problems = new List<Problem>();
        if (list.Count is < Fewest or > Most)
        {
            problems.Add(new($"Compare {Fewest} or {Most} pathways side by side; there are {list.Count}."));
        }
        foreach (var label in list.GroupBy(c => c.Label.Trim(), StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key))
        {
            problems.Add(new($"Two choices are called “{label}”; give each its own name.", label));
        }
        foreach (var choice in list.Where(c => string.IsNullOrWhiteSpace(c.Label)))
        {
            problems.Add(new($"The choice for {choice.Pathway} needs a name, such as “Plan A”."));
        }
        foreach (var choice in list.Where(c => catalogue.FindPathway(c.Cluster, c.Pathway) is null))
        {
            problems.Add(new(catalogue.FindCluster(choice.Cluster) is null
                ? $"{choice.Label}: there is no cluster called “{choice.Cluster}”."
                : $"{choice.Label}: {choice.Cluster} has no pathway called “{choice.Pathway}”.", choice.Label));
        }
        return Validated<PathwayAlternatives>.From(new PathwayAlternatives(list), problems);
    }

    /// <summary>For each held choice, what differs from <paramref name="reference"/> (often the plan's current pathway, or one of the choices).</summary>
    public ValueList<ChoiceDifference> CompareWith(PathwayChoice reference) =>
        Choices.Where(c => !ReferenceEquals(c, reference)).Select(c => c.CompareWith(reference)).ToValueList();
}
