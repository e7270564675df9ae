using LtiPathways.PathwayGraphQL.Assessments;
using LtiPathways.PathwayGraphQL.Data.Rubrics;
using LtiPathways.Rubrics;

namespace LtiPathways.LtiTool.Features.Assessments.Marking;

/// <summary>The rubric grading view: the class list, and one student's work marked beside the rubric.</summary>
public record RubricGradingView(
    Guid AssignmentId,
    string CourseTitle,
    string AssignmentTitle,
    string RubricTitle,
    decimal ScoreMaximum,
    AssessmentSettings Settings,
    IReadOnlyList<MarkingRow> Students,
    AssessmentKind Kind,
    Guid? StudentId,
    string? StudentName,
    RubricVersion Version,
    Selections Marks,
    Guid? MarksVersion,
    MarkingScore? Score,
    IReadOnlyList<OtherMarks> Beside,
    IReadOnlyList<CommentBankEntry> CommentBank,
    string SessionToken,
    string? Notice = null,
    string? Problem = null,
    AgreementReport? Agreement = null,
    string? PeerAverage = null,
    MarkedWork? Work = null);
