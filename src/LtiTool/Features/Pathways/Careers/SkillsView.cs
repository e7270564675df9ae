using LtiPathways.LtiTool.Shared;
using LtiPathways.PathwayGraphQL.Pathways.Careers;

namespace LtiPathways.LtiTool.Features.Pathways.Careers;

/// <summary>The skills self-assessment form: ratings to show chosen, skills still unrated after a save, and a notice or problem.</summary>
public sealed record SkillsView(string SessionToken, IReadOnlyList<SkillRating> Ratings, IReadOnlyList<FormError> Errors, string? Notice, string? Problem)
{
    public SkillLevel? RatingOf(string skillId) =>
        Ratings.LastOrDefault(r => string.Equals(r.SkillId, skillId, StringComparison.OrdinalIgnoreCase))?.Level;
}
