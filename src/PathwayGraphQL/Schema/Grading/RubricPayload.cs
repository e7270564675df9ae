using LtiPathways.PathwayGraphQL.Schema.Rubrics;
using LtiPathways.Rubrics;

namespace LtiPathways.PathwayGraphQL.Schema.Grading;

/// <summary>A rubric a mutation made or changed; <see cref="Version"/> and <see cref="NewVersion"/> say what a version save did.</summary>
public sealed record RubricPayload(RubricNode Rubric, RubricVersion? Version = null, bool NewVersion = false);
