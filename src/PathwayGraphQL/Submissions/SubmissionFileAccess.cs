using LtiPathways.PathwayGraphQL.Assignments;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Submissions;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.PathwayGraphQL.Submissions;

/// <summary>
/// An original file of a submission to the given assignment that the viewer may read
/// (<see cref="AssignmentAccess.MayRead"/>: staff every student's, a student their own, a mentor their mentees').
/// Anything else finds nothing.
/// </summary>
public class SubmissionFileAccess(PathwaysDbContext db)
{
    public async Task<(SubmissionFile File, Submission Submission)?> FindAsync(AssignmentAccess access, Guid fileId, CancellationToken cancellationToken)
    {
        var found = await db.SubmissionFiles.AsNoTracking()
            .Where(f => f.Id == fileId && f.Role == SubmissionFileRole.Original)
            .Select(f => new { File = f, f.Submission })
            .FirstOrDefaultAsync(cancellationToken);
        if (found?.Submission is not { } submission || !access.MayRead(submission))
        {
            return null;
        }

        return (found.File, submission);
    }

    /// <summary>Whether the student's grade for the assignment is released, which is when they see their teachers' media comments.</summary>
    public Task<bool> GradeReleasedAsync(Submission submission, CancellationToken cancellationToken) =>
        db.Grades.AnyAsync(g => g.AssignmentId == submission.AssignmentId && g.StudentUserId == submission.StudentUserId && g.ReleasedAt != null, cancellationToken);
}
