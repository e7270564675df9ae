using LtiPathways.PathwayGraphQL.Assessments;
using LtiPathways.PathwayGraphQL.Assignments;

namespace LtiPathways.LtiTool.Features.Submissions.ClassList;

/// <summary>
/// The list of students' work on an assignment, and one opened submission when chosen: a teacher's whole class, or a
/// mentor's mentees read-only (no captions, no comments to add, only the released ones to read).
/// </summary>
public record SubmissionListView(
    Guid AssignmentId, string Title, DateTime? DueAt, IReadOnlyList<SubmissionRow> Rows, string? OpenedStudent, SubmissionView? Opened,
    string SessionToken, bool ReadOnly, IReadOnlyList<CriterionChoice> Criteria);
