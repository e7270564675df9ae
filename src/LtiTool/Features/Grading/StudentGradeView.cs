namespace LtiPathways.LtiTool.Features.Grading;

/// <summary>What a student sees of an assignment: their released grade and comment, or that it is not graded yet.</summary>
public record StudentGradeView(
    Guid AssignmentId, string CourseTitle, string AssignmentTitle, string Instructions, string StudentName, decimal? PointsPossible,
    decimal? Points, string? Comment, DateTime? ReleasedAt, string SessionToken);
