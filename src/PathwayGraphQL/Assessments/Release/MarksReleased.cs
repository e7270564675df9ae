using LtiPathways.PathwayGraphQL.Grading;

namespace LtiPathways.PathwayGraphQL.Assessments.Release;

/// <summary>What a release of rubric marks did: the grades released, and how many incomplete marks were left as drafts.</summary>
public sealed record MarksReleased(GradesReleased Grades, int LeftAsDrafts);
