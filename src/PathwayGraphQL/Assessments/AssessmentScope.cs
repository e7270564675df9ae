using LtiPathways.PathwayGraphQL.Assignments;
using LtiPathways.PathwayGraphQL.Data.Rubrics;
using LtiPathways.Rubrics;

namespace LtiPathways.PathwayGraphQL.Assessments;

/// <summary>An assignment marked with a rubric, as a launch opened it: the assignment, its settings, library rubric and the version new work uses.</summary>
public record AssessmentScope(LaunchedAssignment Launch, AssessmentSettings Settings, LibraryRubric Rubric, RubricVersion Current)
{
    public Guid AssignmentId => Launch.Assignment.Id;

    /// <summary>The line item's maximum, as GradeRelease sends it.</summary>
    public decimal ScoreMaximum => Launch.ScoreMaximum;

    /// <summary>The marking that is passed back: the moderated one under double marking.</summary>
    public AssessmentKind FinalKind => Settings.DoubleMarking ? AssessmentKind.Moderated : AssessmentKind.Teacher;
}
