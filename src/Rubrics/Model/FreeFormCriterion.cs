namespace LtiPathways.Rubrics;

/// <summary>An analytic criterion without levels: the marker enters points from 0 up to <see cref="MaximumEntered"/>.</summary>
public sealed record FreeFormCriterion(string Id, string Title, string Description, decimal MaximumEntered, decimal Weight = 1m)
    : Criterion(Id, Title, Description)
{
    public override decimal MaximumPoints => MaximumEntered * Weight;
}
