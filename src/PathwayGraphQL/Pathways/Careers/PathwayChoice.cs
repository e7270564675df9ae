using LtiPathways.Rubrics;

namespace LtiPathways.PathwayGraphQL.Pathways.Careers;

/// <summary>One candidate pathway a student is weighing: a label ("Plan A"), the cluster and pathway, and the courses and certifications it would take.</summary>
public sealed record PathwayChoice(string Label, string Cluster, string Pathway, ValueList<string> Courses, ValueList<string> Certifications)
{
    /// <summary>What this choice has that <paramref name="other"/> has not, and the reverse; names compare ignoring case.</summary>
    public ChoiceDifference CompareWith(PathwayChoice other) => new(
        this,
        other,
        !string.Equals(Cluster, other.Cluster, StringComparison.OrdinalIgnoreCase),
        !string.Equals(Pathway, other.Pathway, StringComparison.OrdinalIgnoreCase) || !string.Equals(Cluster, other.Cluster, StringComparison.OrdinalIgnoreCase),
        Except(Courses, other.Courses),
        Except(other.Courses, Courses),
        Except(Certifications, other.Certifications),
        Except(other.Certifications, Certifications));

    private static ValueList<string> Except(IEnumerable<string> these, IEnumerable<string> those) =>
        these.Except(those, StringComparer.OrdinalIgnoreCase).ToValueList();
}
