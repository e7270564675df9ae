using LtiPathways.LtiTool.Features.Grading;
using LtiPathways.LtiTool.Session;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Courses;
using LtiPathways.PathwayGraphQL.Data.Rubrics;
using LtiPathways.Rubrics;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.LtiTool.Features.Assessments;

/// <summary>Read-only pages over the marks: printable feedback, the criterion report, the CSV export.</summary>
public static class AssessmentReportEndpoints
{
    /// <summary>Teachers may open any student of the course; a student always gets their own feedback, whatever they ask for.</summary>
    public static async Task<IResult> FeedbackAsync(
        HttpContext context, Guid? student, GradingQueries grading, RubricLibrary library, StudentAssessmentQueries students,
        PathwaysDbContext db, SessionTokenIssuer sessions, CancellationToken cancellationToken)
    {
        var (session, scope) = await AssessmentEndpoints.ResolveAsync(context, grading, library, cancellationToken);
        if (session is null || scope is null)
        {
            return AssessmentEndpoints.NoAssessment();
        }
        var studentId = session.Role >= CourseRole.Teacher && student is { } asked ? asked : session.UserId;
        var name = await db.Memberships.Where(m => m.CourseId == scope.Grading.Course.Id && m.UserId == studentId && m.Role == CourseRole.Student)
            .Select(m => m.User!.Name).FirstOrDefaultAsync(cancellationToken);
        if (name is null)
        {
            return TypedResults.Text("That student is not in this course.", statusCode: StatusCodes.Status404NotFound);
        }
        return new RazorComponentResult<FeedbackPage>(new
        {
            CourseTitle = scope.Grading.Course.Title, AssignmentTitle = scope.Grading.Assignment.Title, RubricTitle = scope.Rubric.Title,
            StudentName = name, SessionToken = await sessions.IssueAsync(session, cancellationToken),
            Marks = await students.ReleasedAsync(scope, studentId, cancellationToken),
        });
    }

    public static async Task<IResult> ReportAsync(
        HttpContext context, GradingQueries grading, RubricLibrary library, PathwaysDbContext db, SessionTokenIssuer sessions,
        CancellationToken cancellationToken)
    {
        var (session, scope) = await AssessmentEndpoints.ResolveAsync(context, grading, library, cancellationToken);
        if (session is null || scope is null)
        {
            return AssessmentEndpoints.NoAssessment();
        }
        if (session.Role < CourseRole.Teacher)
        {
            return TypedResults.Text("Only teachers of this course can see the class report.", statusCode: StatusCodes.Status403Forbidden);
        }
        var marked = await db.RubricAssessments.AsNoTracking()
            .Where(a => a.AssignmentId == scope.AssignmentId && a.Kind == scope.FinalKind && a.AssessorKey == Guid.Empty
                && a.RubricVersionNumber == scope.Current.Number && a.AveragedTotal == null)
            .ToListAsync(cancellationToken);
        var results = marked.Select(a => RubricScorer.Score(scope.Current, AssessmentMarks.Selections(a), scope.ScoreMaximum).Value)
            .OfType<ScoreResult>();
        var view = new AssessmentReportView(scope.Grading.Course.Title, scope.Grading.Assignment.Title, scope.Rubric.Title, scope.Current.Number,
            RubricStatistics.Compute(scope.Current, results), await sessions.IssueAsync(session, cancellationToken));
        return new RazorComponentResult<AssessmentReportPage>(new { View = view });
    }

    public static async Task<IResult> ExportAsync(
        HttpContext context, GradingQueries grading, RubricLibrary library, AssessmentExport export, CancellationToken cancellationToken)
    {
        var (session, scope) = await AssessmentEndpoints.ResolveAsync(context, grading, library, cancellationToken);
        if (session is null || scope is null)
        {
            return AssessmentEndpoints.NoAssessment();
        }
        if (session.Role < CourseRole.Teacher)
        {
            return TypedResults.Text("Only teachers of this course can download the class's marks.", statusCode: StatusCodes.Status403Forbidden);
        }
        var csv = await export.CsvAsync(scope, cancellationToken);
        var name = string.Concat(scope.Grading.Assignment.Title.Select(c => char.IsLetterOrDigit(c) ? c : '-')).Trim('-');
        return TypedResults.File(System.Text.Encoding.UTF8.GetBytes(csv), "text/csv; charset=utf-8", $"{(name.Length == 0 ? "marks" : name)}-marks.csv");
    }
}
