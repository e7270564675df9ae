namespace LtiPathways.Rubrics;

/// <summary>An IB-style criterion: contiguous bands of whole marks starting at 0.</summary>
public sealed record MarkbandCriterion(string Id, string Title, string Description, ValueList<Markband> Bands)
    : Criterion(Id, Title, Description)
{
    public override decimal MaximumPoints => Bands.Count == 0 ? 0m : Bands.Max(b => b.Maximum);

    public Markband? FindBand(string bandId) => Bands.FirstOrDefault(b => b.Id == bandId);
}
