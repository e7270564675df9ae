using LtiPathways.PathwayGraphQL.Assessments;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Courses;
using LtiPathways.PathwayGraphQL.Data.Rubrics;
using LtiPathways.PathwayGraphQL.Library;
using LtiPathways.Rubrics;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.LtiTool.Features.Assessments.Reports;

/// <summary>The class's marks as CSV, one row per student of the course, criterion points in rubric order.</summary>
public class AssessmentExport(PathwaysDbContext db, RubricLibrary library)
{
    public async Task<string> CsvAsync(AssessmentScope scope, CancellationToken cancellationToken)
    {
        var students = await db.Memberships.AsNoTracking()
            .Where(m => m.CourseId == scope.Launch.Course.Id && m.Role == CourseRole.Student && m.Active)
            .Select(m => new { m.UserId, m.User!.Name }).OrderBy(m => m.Name).ToListAsync(cancellationToken);
        var assessments = await db.RubricAssessments.AsNoTracking()
            .Where(a => a.AssignmentId == scope.AssignmentId && a.Kind == scope.FinalKind && a.AssessorKey == Guid.Empty)
            .ToDictionaryAsync(a => a.StudentUserId, cancellationToken);
        var criteria = scope.Current.Criteria;
        var rows = new List<IEnumerable<CsvCell>>
        {
            (CsvCell[])["Student", "Status", "Rubric version", .. criteria.Select(c => c.Title), "Total", "Maximum", "LMS points", "Score maximum", "Overall comment", "Released at"],
        };
        foreach (var student in students)
        {
            if (!assessments.TryGetValue(student.UserId, out var assessment))
            {
                rows.Add([student.Name, "Not marked", "", .. criteria.Select(_ => CsvCell.Text("")), "", "", "", "", "", ""]);
                continue;
            }
            var version = await library.VersionAsync(assessment.RubricId, assessment.RubricVersionNumber, cancellationToken) ?? scope.Current;
            var result = RubricScorer.Score(version, AssessmentMarks.Selections(assessment), scope.ScoreMaximum).Value;
            var score = AssessmentMarks.Score(assessment, version, scope.ScoreMaximum);
            rows.Add(
            [
                student.Name, assessment.Status.ToString(), CsvCell.Number(version.Number),
                .. criteria.Select(c => CsvCell.Number(result?.UnscoredCriteria.Contains(c.Id) == false
                    ? result.Criteria.FirstOrDefault(s => s.CriterionId == c.Id)?.Points : null)),
                CsvCell.Number(score?.Total), CsvCell.Number(score?.Maximum), CsvCell.Number(score?.LmsPoints),
                CsvCell.Number(scope.ScoreMaximum), assessment.OverallComment,
                assessment.ReleasedAt?.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture),
            ]);
        }
        return SpreadsheetCsv.Write(rows);
    }
}
