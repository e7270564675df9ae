namespace LtiPathways.PathwayGraphQL.Pathways.Careers;

/// <summary>The five-point answer to "how much would you like doing this?"; the number is the points it scores.</summary>
public enum Liking
{
    DislikeALot = 1,
    Dislike = 2,
    NotSure = 3,
    Like = 4,
    LikeALot = 5,
}
