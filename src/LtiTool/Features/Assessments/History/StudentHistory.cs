using LtiPathways.PathwayGraphQL.Assessments;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Courses;
using LtiPathways.PathwayGraphQL.Data.Rubrics;
using LtiPathways.PathwayGraphQL.Library;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.LtiTool.Features.Assessments.History;

/// <summary>One student's released results across the course's rubric assignments: only the marking that was passed back.</summary>
public class StudentHistory(PathwaysDbContext db, RubricLibrary library)
{
    /// <summary>Null when the student is not in the course.</summary>
    public async Task<(string Name, List<HistoryRow> Rows)?> LoadAsync(Guid courseId, Guid studentId, CancellationToken cancellationToken)
    {
        var name = await db.Memberships.Where(m => m.CourseId == courseId && m.UserId == studentId && m.Role == CourseRole.Student)
            .Select(m => m.User!.Name).FirstOrDefaultAsync(cancellationToken);
        if (name is null)
        {
            return null;
        }
        var results = await (
            from a in db.RubricAssessments.AsNoTracking()
            join assignment in db.Assignments on a.AssignmentId equals assignment.Id
            join settings in db.AssessmentSettings on a.AssignmentId equals settings.AssignmentId
            join rubric in db.Rubrics on a.RubricId equals rubric.Id
            where assignment.CourseId == courseId && a.StudentUserId == studentId && a.Status == AssessmentStatus.Released
                && a.Kind == (settings.DoubleMarking ? AssessmentKind.Moderated : AssessmentKind.Teacher)
            select new { Assessment = a, assignment.Title, assignment.PointsPossible, RubricTitle = rubric.Title })
            .ToListAsync(cancellationToken);
        var rows = new List<HistoryRow>();
        foreach (var result in results.OrderBy(r => r.Assessment.ReleasedAt))
        {
            var maximum = result.PointsPossible is { } max and > 0 ? max : 100m;
            var version = await library.VersionAsync(result.Assessment.RubricId, result.Assessment.RubricVersionNumber, cancellationToken);
            var score = version is null ? null : AssessmentMarks.Score(result.Assessment, version, maximum);
            rows.Add(new HistoryRow(result.Title, result.RubricTitle, result.Assessment.RubricVersionNumber, score?.Total, score?.Maximum, score?.LmsPoints,
                maximum, result.Assessment.ReleasedAt));
        }
        return (name, rows);
    }
}
