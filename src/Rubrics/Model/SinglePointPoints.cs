namespace LtiPathways.Rubrics;

/// <summary>Points a single-point criterion gives per outcome; concerns ≤ meets ≤ exceeds.</summary>
public sealed record SinglePointPoints(decimal Concerns, decimal Meets, decimal Exceeds)
{
    public decimal For(SinglePointOutcome outcome) => outcome switch
    {
        SinglePointOutcome.Concerns => Concerns,
        SinglePointOutcome.Meets => Meets,
        _ => Exceeds,
    };
}
