using LtiPathways.PathwayGraphQL.Assessments;
using LtiPathways.PathwayGraphQL.Data.Rubrics;
using LtiPathways.PathwayGraphQL.Schema.People;
using LtiPathways.Rubrics;

namespace LtiPathways.PathwayGraphQL.Schema.Assessments;

/// <summary>
/// One marking as the API shows it, scored on its own rubric version. For a student or mentor the marks are those of the
/// last release (the snapshot the student's page shows), never a later draft.
/// </summary>
public sealed record AssessmentNode(
    Guid Id, PersonNode Student, AssessmentKind Kind, AssessmentStatus Status, DateTime? ReleasedAt, DateTime UpdatedAt, Guid Version,
    int RubricVersionNumber, Selections Marks, MarkingScore? Score, IReadOnlyList<CriterionScore> Criteria, ModerationNode? Moderation);
