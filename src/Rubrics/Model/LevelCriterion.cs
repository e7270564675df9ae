namespace LtiPathways.Rubrics;

/// <summary>
/// A criterion marked by choosing one of its levels (analytic rows, or the one scale of a holistic rubric).
/// The chosen points are multiplied by <see cref="Weight"/>.
/// </summary>
public sealed record LevelCriterion(string Id, string Title, string Description, ValueList<Level> Levels, decimal Weight = 1m)
    : Criterion(Id, Title, Description)
{
    public override decimal MaximumPoints => Levels.Count == 0 ? 0m : Levels.Max(l => l.Points) * Weight;

    public Level? FindLevel(string levelId) => Levels.FirstOrDefault(l => l.Id == levelId);
}
