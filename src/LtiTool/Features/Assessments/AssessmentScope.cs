using LtiPathways.LtiTool.Features.Grading;
using LtiPathways.PathwayGraphQL.Data.Rubrics;
using LtiPathways.Rubrics;

namespace LtiPathways.LtiTool.Features.Assessments;

/// <summary>An assignment marked with a rubric, as a session opened it: its grading scope, settings, library rubric and the version new work uses.</summary>
public record AssessmentScope(GradingScope Grading, AssessmentSettings Settings, LibraryRubric Rubric, RubricVersion Current)
{
    public Guid AssignmentId => Grading.Assignment.Id;

    /// <summary>The line item's maximum, as GradeRelease sends it.</summary>
    public decimal ScoreMaximum => Grading.Assignment.PointsPossible is { } max and > 0 ? max : 100m;

    /// <summary>The marking that is passed back: the moderated one under double marking.</summary>
    public AssessmentKind FinalKind => Settings.DoubleMarking ? AssessmentKind.Moderated : AssessmentKind.Teacher;
}
