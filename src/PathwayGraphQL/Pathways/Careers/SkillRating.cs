namespace LtiPathways.PathwayGraphQL.Pathways.Careers;

/// <summary>A student's own rating of one employability skill.</summary>
public sealed record SkillRating(string SkillId, SkillLevel Level);
