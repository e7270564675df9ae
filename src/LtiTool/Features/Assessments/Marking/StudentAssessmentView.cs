using LtiPathways.Rubrics;

namespace LtiPathways.LtiTool.Features.Assessments.Marking;

/// <summary>A student's view of a rubric assignment: the rubric in advance (if allowed), their released result with classmates' anonymous reviews, their self-assessment.</summary>
public record StudentAssessmentView(
    Guid AssignmentId,
    string CourseTitle,
    string AssignmentTitle,
    string Instructions,
    Guid StudentId,
    string StudentName,
    string RubricTitle,
    RubricVersion Version,
    bool ShowRubric,
    ReleasedMarks? Released,
    bool SelfAssessment,
    Selections SelfMarks,
    Guid? SelfVersion,
    string SessionToken,
    bool PeerAssessment = false,
    IReadOnlyList<OtherMarks>? PeerFeedback = null);
