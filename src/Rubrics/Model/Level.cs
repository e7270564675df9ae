namespace LtiPathways.Rubrics;

/// <summary>
/// One level of a criterion. With <see cref="MinimumPoints"/> the level is a range
/// from that minimum up to <see cref="Points"/> and the marker enters the points.
/// </summary>
public sealed record Level(string Id, string Title, string Description, decimal Points, decimal? MinimumPoints = null)
{
    public bool IsRange => MinimumPoints is not null;
}
