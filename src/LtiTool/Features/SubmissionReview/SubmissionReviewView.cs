namespace LtiPathways.LtiTool.Features.SubmissionReview;

/// <summary>What the reviewer sees: the named student, the assignment of the link, and the grade when there is one.</summary>
public record SubmissionReviewView(
    string CourseTitle,
    string StudentName,
    bool StudentKnown,
    Guid? AssignmentId,
    string? AssignmentTitle,
    decimal? PointsPossible,
    ReviewedGrade? Grade,
    ReviewedSubmission? Submission,
    string SessionToken);
