using LtiPathways.PathwayGraphQL.Access;
using LtiPathways.PathwayGraphQL.Assessments.Peer;
using LtiPathways.PathwayGraphQL.Assessments;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Rubrics;
using LtiPathways.PathwayGraphQL.Data.Submissions;
using LtiPathways.PathwayGraphQL.Library;
using LtiPathways.Rubrics;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.LtiTool.Features.Assessments.Peer;

/// <summary>Reads a reviewer's peer page; a classmate not allocated to them is never read.</summary>
public class PeerQueries(PathwaysDbContext db, PeerRoster roster, RubricLibrary library)
{
    /// <summary>Null when <paramref name="classmate"/> is given but not allocated to the reviewer.</summary>
    public async Task<PeerView?> ViewAsync(AssessmentScope scope, Viewer reviewer, Guid? classmate, string token, CancellationToken cancellationToken)
    {
        var allocated = await roster.AllocatedToAsync(scope, reviewer.PersonId, cancellationToken);
        if (classmate is { } asked && !allocated.Contains(asked))
        {
            return null;
        }
        var names = await db.Users.AsNoTracking().Where(u => allocated.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, cancellationToken);
        var classmates = allocated.Select(id => new PeerClassmate(id, names.GetValueOrDefault(id, "A classmate"))).ToList();
        var selected = classmates.FirstOrDefault(c => c.UserId == classmate) ?? classmates.FirstOrDefault();
        var marks = selected is null ? null : await db.RubricAssessments.AsNoTracking().FirstOrDefaultAsync(a => a.AssignmentId == scope.AssignmentId
            && a.StudentUserId == selected.UserId && a.Kind == AssessmentKind.Peer && a.AssessorKey == reviewer.PersonId, cancellationToken);
        var version = marks is null ? scope.Current
            : await library.VersionAsync(marks.RubricId, marks.RubricVersionNumber, cancellationToken) ?? scope.Current;
        return new PeerView(
            scope.Launch.Course.Title, scope.Launch.Assignment.Title, scope.Rubric.Title, classmates, selected,
            selected is null ? null : await WorkAsync(scope, selected.UserId, cancellationToken), version,
            marks is null ? Selections.None : AssessmentMarks.Selections(marks), marks?.Version, token);
    }

    private async Task<PeerWork?> WorkAsync(AssessmentScope scope, Guid student, CancellationToken cancellationToken)
    {
        var latest = await db.Submissions.AsNoTracking().Include(s => s.Files)
            .Where(s => s.CourseId == scope.Launch.Course.Id && s.AssignmentId == scope.AssignmentId && s.StudentUserId == student
                && s.Status == SubmissionStatus.Submitted)
            .OrderByDescending(s => s.Attempt).FirstOrDefaultAsync(cancellationToken);
        return latest is null ? null : new PeerWork(
            latest.Attempt, latest.SubmittedAt ?? latest.UpdatedAt, latest.EssayHtml, latest.LinkUrl, latest.LinkTitle,
            latest.Files.Where(f => f.Role == SubmissionFileRole.Original).Select(f => f.OriginalName).ToList());
    }
}
