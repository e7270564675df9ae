namespace LtiPathways.Rubrics;

/// <summary>
/// A single-point criterion: <see cref="Criterion.Description"/> states what meeting the standard looks like.
/// Without <see cref="Points"/> it gives feedback only.
/// </summary>
public sealed record SinglePointCriterion(string Id, string Title, string Description, SinglePointPoints? Points = null)
    : Criterion(Id, Title, Description)
{
    public override decimal MaximumPoints => Points?.Exceeds ?? 0m;
}
