using LtiPathways.PathwayGraphQL.Pathways.Careers;

namespace LtiPathways.LtiTool.Features.Pathways.Careers;

/// <summary>Numbers the career pages show beside the interest types (their words are in PathwayText.resx: Riasec.*, Liking.*).</summary>
public static class CareerWords
{
    /// <summary>The most points a type can score: each of its activities answered "like a lot".</summary>
    public static int MostPoints(RiasecType type) =>
        InterestInventory.Standard.Items.Count(i => i.Type == type) * (int)Liking.LikeALot;
}
