using LtiPathways.PathwayGraphQL.Assessments;
using LtiPathways.Rubrics;

namespace LtiPathways.LtiTool.Features.Assessments;

/// <summary>What a student was released: the version it was marked on, the marks and comments, and the score.</summary>
public record ReleasedMarks(RubricVersion Version, Selections Selections, MarkingScore? Score, DateTime ReleasedAt);
