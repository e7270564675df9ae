using LtiPathways.Rubrics;

namespace LtiPathways.PathwayGraphQL.Pathways.Careers;

/// <summary>
/// The scored inventory: six scores in R-I-A-S-E-C order and the three-letter code of the strongest types.
/// <see cref="ReliesOnTieBreak"/> says that equal points decided part of the code, so a page can say so.
/// </summary>
public sealed record InterestProfile(ValueList<InterestScore> Scores, InterestCode Code, bool ReliesOnTieBreak)
{
    public InterestScore ScoreOf(RiasecType type) => Scores.Single(s => s.Type == type);
}
