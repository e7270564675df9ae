using LtiPathways.LtiTool.Features.Grading;
using LtiPathways.LtiTool.Session;
using LtiPathways.PathwayGraphQL.Data.Courses;
using LtiPathways.Rubrics;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LtiPathways.LtiTool.Features.Assessments;

/// <summary>Per-student history across the course's rubric assignments, as a page and as CSV; teachers only.</summary>
public static class HistoryEndpoints
{
    public static async Task<IResult> PageAsync(
        HttpContext context, Guid? student, GradingQueries grading, RubricLibrary library, StudentHistory history, SessionTokenIssuer sessions,
        CancellationToken cancellationToken)
    {
        var (session, scope, problem) = await ResolveAsync(context, student, grading, library, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }
        if (await history.LoadAsync(scope!.Grading.Course.Id, student!.Value, cancellationToken) is not { } found)
        {
            return NotInCourse();
        }
        return new RazorComponentResult<HistoryPage>(new
        {
            CourseTitle = scope.Grading.Course.Title, StudentId = student.Value, StudentName = found.Name, Rows = found.Rows,
            SessionToken = await sessions.IssueAsync(session!, cancellationToken),
        });
    }

    public static async Task<IResult> CsvAsync(
        HttpContext context, Guid? student, GradingQueries grading, RubricLibrary library, StudentHistory history, CancellationToken cancellationToken)
    {
        var (_, scope, problem) = await ResolveAsync(context, student, grading, library, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }
        if (await history.LoadAsync(scope!.Grading.Course.Id, student!.Value, cancellationToken) is not { } found)
        {
            return NotInCourse();
        }
        var rows = found.Rows.Select(r => (IEnumerable<CsvCell>)
        [
            found.Name, r.AssignmentTitle, r.RubricTitle, CsvCell.Number(r.RubricVersion),
            CsvCell.Number(r.Total), CsvCell.Number(r.Maximum), CsvCell.Number(r.LmsPoints), CsvCell.Number(r.ScoreMaximum),
            r.ReleasedAt?.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture),
        ]);
        IEnumerable<CsvCell> header = ["Student", "Assignment", "Rubric", "Version", "Total", "Maximum", "LMS points", "Points possible", "Released"];
        var csv = SpreadsheetCsv.Write(rows.Prepend(header));
        return TypedResults.File(System.Text.Encoding.UTF8.GetBytes(csv), "text/csv; charset=utf-8", "student-history.csv");
    }

    private static async Task<(ToolSession?, AssessmentScope?, IResult?)> ResolveAsync(
        HttpContext context, Guid? student, GradingQueries grading, RubricLibrary library, CancellationToken cancellationToken)
    {
        var (session, scope) = await AssessmentEndpoints.ResolveAsync(context, grading, library, cancellationToken);
        if (session is not { Role: >= CourseRole.Teacher } || scope is null)
        {
            return (session, scope, AssessmentEndpoints.NoAssessment());
        }
        return student is null
            ? (session, scope, TypedResults.Text("Say which student's history to show.", statusCode: StatusCodes.Status400BadRequest))
            : (session, scope, null);
    }

    private static IResult NotInCourse() => TypedResults.Text("That student is not in this course.", statusCode: StatusCodes.Status404NotFound);
}
