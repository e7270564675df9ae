namespace LtiPathways.PathwayGraphQL.Grading;

/// <summary>What a release did: whose grades were released, and the gradebook column they go to (or why none).</summary>
public sealed record GradesReleased(IReadOnlyList<string> StudentNames, GradebookColumnResult Column)
{
    public bool SentToGradebook => Column.Url is not null;
}
