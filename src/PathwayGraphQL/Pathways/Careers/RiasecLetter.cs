namespace LtiPathways.PathwayGraphQL.Pathways.Careers;

/// <summary>The one-letter names of the interest types (R, I, A, S, E, C) used in interest codes.</summary>
public static class RiasecLetter
{
    private const string Letters = "RIASEC";

    public static char Of(RiasecType type) => Letters[(int)type];

    public static bool TryParse(char letter, out RiasecType type)
    {
        var index = Letters.IndexOf(char.ToUpperInvariant(letter), StringComparison.Ordinal);
        type = index < 0 ? default : (RiasecType)index;
        return index >= 0;
    }
}
