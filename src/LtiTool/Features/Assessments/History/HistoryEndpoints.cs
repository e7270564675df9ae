using LtiPathways.LtiTool.Session;
using LtiPathways.LtiTool.Shared;
using LtiPathways.PathwayGraphQL.Outcomes;
using LtiPathways.PathwayGraphQL.Assessments;
using LtiPathways.Rubrics;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LtiPathways.LtiTool.Features.Assessments.History;

/// <summary>Per-student history across the course's rubric assignments, as a page and as CSV; teachers only.</summary>
public static class HistoryEndpoints
{
    public static async Task<IResult> PageAsync(
        Guid? student, ToolSession session, AssessedAssignments assessed, StudentHistory history, SessionTokenIssuer sessions,
        CancellationToken cancellationToken)
    {
        var (scope, problem) = await ResolveAsync(session, student, assessed, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }
        if (await history.LoadAsync(scope!.Launch.Course.Id, student!.Value, cancellationToken) is not { } found)
        {
            return NotInCourse();
        }
        return new RazorComponentResult<HistoryPage>(new
        {
            CourseTitle = scope.Launch.Course.Title, StudentId = student.Value, StudentName = found.Name, Rows = found.Rows,
            SessionToken = await sessions.IssueAsync(session, cancellationToken),
        });
    }

    public static async Task<IResult> CsvAsync(
        Guid? student, ToolSession session, AssessedAssignments assessed, StudentHistory history, CancellationToken cancellationToken)
    {
        var (scope, problem) = await ResolveAsync(session, student, assessed, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }
        if (await history.LoadAsync(scope!.Launch.Course.Id, student!.Value, cancellationToken) is not { } found)
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

    private static async Task<(AssessmentScope?, IResult?)> ResolveAsync(
        ToolSession session, Guid? student, AssessedAssignments assessed, CancellationToken cancellationToken)
    {
        var scope = await assessed.FindAsync(session.Viewer, cancellationToken);
        if (!session.Viewer.IsStaff || scope is null)
        {
            return (scope, AssessedAssignments.NoAssessment.AsText());
        }
        return student is null
            ? (scope, Refusal.Invalid("Say which student's history to show.").AsText())
            : (scope, null);
    }

    private static IResult NotInCourse() => Refusal.NotFound("That student is not in this course.").AsText();
}
