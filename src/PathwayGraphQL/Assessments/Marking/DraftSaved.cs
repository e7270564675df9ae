using LtiPathways.PathwayGraphQL.Data.Rubrics;

namespace LtiPathways.PathwayGraphQL.Assessments.Marking;

/// <summary>The marks were saved: the new concurrency version to send next time, when, their score and the assessment's status.</summary>
public sealed record DraftSaved(Guid Version, DateTime SavedAt, MarkingScore Score, AssessmentStatus Status) : DraftResult;
