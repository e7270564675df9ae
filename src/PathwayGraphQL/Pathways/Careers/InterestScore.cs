namespace LtiPathways.PathwayGraphQL.Pathways.Careers;

/// <summary>
/// One type's result: <see cref="Points"/> is the sum of its answers (1 to 5 each); <see cref="Strength"/> rescales that
/// to 0 (disliked every activity a lot) to 100 (liked every one a lot), so pathways can be compared on one scale.
/// </summary>
public sealed record InterestScore(RiasecType Type, int Points, decimal Strength, int LikedALot);
