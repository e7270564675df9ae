using LtiPathways.LtiTool.Features.Grading;
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
    MarkedWork? Work = null,
    StudentFilter? Filter = null,
    IReadOnlyList<MarkingRow>? Shown = null)
{
    public StudentFilter ClassFilter => Filter ?? StudentFilter.None;

    /// <summary>The students the class list shows under its filter, handed-in work first.</summary>
    public IReadOnlyList<MarkingRow> ShownStudents => Shown ?? Students;

    public MarkingRow? Selected => Students.FirstOrDefault(s => s.UserId == StudentId);

    /// <summary>The page that marks a student, keeping the kind of marking and the filter, with the focus on their heading.</summary>
    public string Href(Guid student) =>
        $"{AssessmentEndpoints.Path}?student={student}&kind={Kind}{ClassFilter.Query}#student-title";

    public StudentStep? Step(int offset)
    {
        var at = ShownStudents.ToList().FindIndex(s => s.UserId == StudentId);
        var index = at < 0 ? (offset > 0 ? 0 : -1) : at + offset;
        return index >= 0 && index < ShownStudents.Count && ShownStudents[index].UserId != StudentId
            ? new StudentStep(ShownStudents[index].Name, Href(ShownStudents[index].UserId))
            : null;
    }
}
