using LtiPathways.LtiTool.Features.Assessments.Marking;
using LtiPathways.LtiTool.Session;
using LtiPathways.LtiTool.Shared;
using LtiPathways.PathwayGraphQL.Outcomes;
using LtiPathways.PathwayGraphQL.Assessments;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Courses;
using LtiPathways.PathwayGraphQL.Data.Rubrics;
using LtiPathways.Rubrics;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.LtiTool.Features.Assessments.Reports;

/// <summary>Read-only pages over the marks: printable feedback, the criterion report, the CSV export.</summary>
public static class AssessmentReportEndpoints
{
    /// <summary>Teachers may open any student of the course; a student always gets their own feedback, whatever they ask for.</summary>
    public static async Task<IResult> FeedbackAsync(
        ToolSession session, Guid? student, AssessedAssignments assessed, StudentAssessmentQueries students,
        PathwaysDbContext db, SessionTokenIssuer sessions, CancellationToken cancellationToken)
    {
        if (await assessed.FindAsync(session.Viewer, cancellationToken) is not { } scope)
        {
            return AssessedAssignments.NoAssessment.AsText();
        }
        var studentId = session.Role >= CourseRole.Teacher && student is { } asked ? asked : session.Viewer.PersonId;
        var name = await db.Memberships.Where(m => m.CourseId == scope.Launch.Course.Id && m.UserId == studentId && m.Role == CourseRole.Student)
            .Select(m => m.User!.Name).FirstOrDefaultAsync(cancellationToken);
        if (name is null)
        {
            return Refusal.NotFound("That student is not in this course.").AsText();
        }
        return new RazorComponentResult<FeedbackPage>(new
        {
            CourseTitle = scope.Launch.Course.Title, AssignmentTitle = scope.Launch.Assignment.Title, RubricTitle = scope.Rubric.Title,
            StudentName = name, SessionToken = await sessions.IssueAsync(session, cancellationToken),
            Marks = await students.ReleasedAsync(scope, studentId, cancellationToken),
        });
    }

    public static async Task<IResult> ReportAsync(
        ToolSession session, AssessedAssignments assessed, PathwaysDbContext db, SessionTokenIssuer sessions,
        CancellationToken cancellationToken)
    {
        if (await assessed.FindAsync(session.Viewer, cancellationToken) is not { } scope)
        {
            return AssessedAssignments.NoAssessment.AsText();
        }
        if (session.Role < CourseRole.Teacher)
        {
            return Refusal.Forbidden("Only teachers of this course can see the class report.").AsText();
        }
        var marked = await db.RubricAssessments.AsNoTracking()
            .Where(a => a.AssignmentId == scope.AssignmentId && a.Kind == scope.FinalKind && a.AssessorKey == Guid.Empty
                && a.RubricVersionNumber == scope.Current.Number && a.AveragedTotal == null)
            .ToListAsync(cancellationToken);
        var results = marked.Select(a => RubricScorer.Score(scope.Current, AssessmentMarks.Selections(a), scope.ScoreMaximum).Value)
            .OfType<ScoreResult>();
        var view = new AssessmentReportView(scope.Launch.Course.Title, scope.Launch.Assignment.Title, scope.Rubric.Title, scope.Current.Number,
            RubricStatistics.Compute(scope.Current, results), await sessions.IssueAsync(session, cancellationToken));
        return new RazorComponentResult<AssessmentReportPage>(new { View = view });
    }

    public static async Task<IResult> ExportAsync(
        ToolSession session, AssessedAssignments assessed, AssessmentExport export, CancellationToken cancellationToken)
    {
        if (await assessed.FindAsync(session.Viewer, cancellationToken) is not { } scope)
        {
            return AssessedAssignments.NoAssessment.AsText();
        }
        if (session.Role < CourseRole.Teacher)
        {
            return Refusal.Forbidden("Only teachers of this course can download the class's marks.").AsText();
        }
        var csv = await export.CsvAsync(scope, cancellationToken);
        var name = string.Concat(scope.Launch.Assignment.Title.Select(c => char.IsLetterOrDigit(c) ? c : '-')).Trim('-');
        return TypedResults.File(System.Text.Encoding.UTF8.GetBytes(csv), "text/csv; charset=utf-8", $"{(name.Length == 0 ? "marks" : name)}-marks.csv");
    }
}
