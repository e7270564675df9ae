namespace LtiPathways.LtiTool.Features.Grading;

/// <summary>The teacher's assignment page: every student of the course and where their grade is.</summary>
public record AssignmentView(
    Guid AssignmentId, string CourseTitle, string AssignmentTitle, string Instructions, decimal? PointsPossible, bool HasGradebookColumn,
    IReadOnlyList<StudentGradeRow> Students, string SessionToken, string? Notice = null, string? Problem = null, StudentFilter? Filter = null)
{
    public StudentFilter ClassFilter => Filter ?? StudentFilter.None;

    public IReadOnlyList<StudentGradeRow> ShownStudents =>
        Students.Where(s => ClassFilter.Keeps(s.Name, s.HandedIn, s.Points is not null && s.ReleasedAt is null, s.ReleasedAt is not null)).ToList();
}
