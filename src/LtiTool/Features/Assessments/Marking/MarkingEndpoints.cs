using LtiPathways.LtiTool.Features.Grading;
using LtiPathways.LtiTool.Session;
using LtiPathways.LtiTool.Shared;
using LtiPathways.PathwayGraphQL.Assessments;
using LtiPathways.PathwayGraphQL.Assessments.Marking;
using LtiPathways.PathwayGraphQL.Data.Courses;
using LtiPathways.PathwayGraphQL.Data.Rubrics;
using LtiPathways.PathwayGraphQL.Outcomes;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LtiPathways.LtiTool.Features.Assessments.Marking;

/// <summary>The marking page (the teacher's grading view, the student's result and self-assessment), its autosave and comment bank.</summary>
public static class MarkingEndpoints
{
    public static async Task<IResult> ShowAsync(
        Guid? student, string? kind, string? q, string? show, ToolSession session, AssessedAssignments assessed, AssessmentQueries queries,
        StudentAssessmentQueries studentQueries, SessionTokenIssuer sessions, CancellationToken cancellationToken)
    {
        if (await assessed.FindAsync(session.Viewer, cancellationToken) is not { } scope)
        {
            return AssessedAssignments.NoAssessment.AsText();
        }
        var token = await sessions.IssueAsync(session, cancellationToken);
        if (session.Role == CourseRole.Mentor)
        {
            return ToolLinks.RedirectWithSession(ToolLinks.Submissions(scope.AssignmentId), token);
        }
        if (session.Role < CourseRole.Teacher)
        {
            return new RazorComponentResult<StudentAssessmentPage>(new { View = await studentQueries.ViewAsync(scope, session.Viewer, token, cancellationToken) });
        }
        var view = await queries.TeacherViewAsync(
            scope, session.Viewer, student, KindFor(scope, kind), StudentFilter.From(q, show), token, cancellationToken);
        return new RazorComponentResult<RubricGradingPage>(new { View = view });
    }

    /// <summary>The teacher's grading view again after an action on one student: its notice, or its refusal's sentence and status.</summary>
    public static async Task<IResult> AfterAsync(
        AssessmentScope scope, ToolSession session, Guid? student, AssessmentKind kind, string? notice, Refusal? refusal,
        AssessmentQueries queries, SessionTokenIssuer sessions, CancellationToken cancellationToken, StudentFilter? filter = null)
    {
        if (refusal is { Code: RefusalCode.Forbidden })
        {
            return refusal.AsText();
        }
        var token = await sessions.IssueAsync(session, cancellationToken);
        var view = await queries.TeacherViewAsync(scope, session.Viewer, student, kind, filter ?? StudentFilter.None, token, cancellationToken);
        return new RazorComponentResult<RubricGradingPage>(new { View = view with { Notice = notice, Problem = refusal?.Sentence } })
        {
            StatusCode = refusal?.StatusCode() ?? StatusCodes.Status200OK,
        };
    }

    public static async Task<IResult> SaveDraftAsync(
        DraftRequest request, ToolSession session, AssessedAssignments assessed, AssessmentDrafts drafts, CancellationToken cancellationToken)
    {
        if (await assessed.FindAsync(session.Viewer, cancellationToken) is not { } scope)
        {
            return TypedResults.Json(new { problem = "This link does not open a rubric assessment of your course." }, statusCode: StatusCodes.Status404NotFound);
        }
        var outcome = await drafts.SaveAsync(scope, session.Viewer, request, cancellationToken);
        return outcome.Value switch
        {
            DraftSaved saved => TypedResults.Json(new
            {
                version = saved.Version, savedAt = saved.SavedAt, score = saved.Score, status = saved.Status.ToString(),
            }),
            DraftConflict conflict => TypedResults.Json(
                new { problem = conflict.Sentence, theirs = conflict.Theirs, yours = conflict.Yours }, statusCode: StatusCodes.Status409Conflict),
            _ => outcome.Refusal!.AsJson(),
        };
    }

    public static async Task<IResult> SaveCommentAsync(
        CommentRequest request, ToolSession session, CommentBank bank, CancellationToken cancellationToken)
    {
        var saved = await bank.AddAsync(session.Viewer, request.Text, cancellationToken);
        return saved.Succeeded ? TypedResults.Json(new { id = saved.Value.Id, text = saved.Value.Text }) : saved.Refusal.AsJson();
    }

    private static AssessmentKind KindFor(AssessmentScope scope, string? kind) =>
        Enum.TryParse<AssessmentKind>(kind, out var parsed) && scope.Settings.DoubleMarking && parsed is AssessmentKind.SecondMarker or AssessmentKind.Moderated
            ? parsed
            : AssessmentKind.Teacher;
}
