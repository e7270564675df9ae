using LtiPathways.Rubrics;

namespace LtiPathways.PathwayGraphQL.Schema.Assessments;

/// <summary>How a double marking was resolved into this final mark; the reason is for the course's staff only.</summary>
public sealed record ModerationNode(ModerationChoice Choice, decimal FirstTotal, decimal SecondTotal, decimal FinalTotal, string? Reason, DateTime DecidedAt);
