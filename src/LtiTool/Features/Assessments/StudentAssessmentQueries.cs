using LtiPathways.LtiTool.Features.Assessments.Peer;
using LtiPathways.LtiTool.Session;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Rubrics;
using LtiPathways.Rubrics;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.LtiTool.Features.Assessments;

/// <summary>What one student may see: only their own released marks (the snapshot taken at release), classmates' reviews of their work without names, and their own self-assessment.</summary>
public class StudentAssessmentQueries(PathwaysDbContext db, RubricLibrary library, PeerMarks peers)
{
    public async Task<StudentAssessmentView> ViewAsync(AssessmentScope scope, ToolSession session, string token, CancellationToken cancellationToken)
    {
        var name = await db.Users.Where(u => u.Id == session.UserId && u.RegistrationId == session.RegistrationId)
            .Select(u => u.Name).FirstOrDefaultAsync(cancellationToken) ?? "";
        var released = await ReleasedAsync(scope, session.UserId, cancellationToken);
        var self = await db.RubricAssessments.AsNoTracking().FirstOrDefaultAsync(a => a.AssignmentId == scope.AssignmentId
            && a.StudentUserId == session.UserId && a.Kind == AssessmentKind.Self && a.AssessorKey == session.UserId, cancellationToken);
        var assignment = scope.Grading.Assignment;
        return new StudentAssessmentView(
            assignment.Id, scope.Grading.Course.Title, assignment.Title, assignment.Instructions, session.UserId, name, scope.Rubric.Title,
            scope.Current, scope.Settings.ShowRubricToStudents, released, scope.Settings.SelfAssessment,
            self is null ? Selections.None : AssessmentMarks.Selections(self), self?.Version, token, scope.Settings.PeerAssessment,
            released is null ? [] : await peers.ForStudentAsync(scope, session.UserId, released.Version, cancellationToken));
    }

    /// <summary>The last released snapshot of the student's final marking; null until a teacher releases it.</summary>
    public async Task<ReleasedMarks?> ReleasedAsync(AssessmentScope scope, Guid studentId, CancellationToken cancellationToken)
    {
        var final = await db.RubricAssessments.AsNoTracking().FirstOrDefaultAsync(a => a.AssignmentId == scope.AssignmentId
            && a.StudentUserId == studentId && a.Kind == scope.FinalKind && a.AssessorKey == Guid.Empty, cancellationToken);
        if (final is null)
        {
            return null;
        }
        var snapshot = await db.AssessmentHistory.AsNoTracking()
            .Where(h => h.AssessmentId == final.Id && h.Reason == AssessmentRelease.ReleasedReason)
            .OrderByDescending(h => h.SavedAt).FirstOrDefaultAsync(cancellationToken);
        var version = await library.VersionAsync(final.RubricId, final.RubricVersionNumber, cancellationToken);
        if (snapshot is null || version is null)
        {
            return null;
        }
        var marks = new RubricAssessment
        {
            SelectionsJson = snapshot.SelectionsJson, OverallComment = snapshot.OverallComment, AveragedTotal = final.AveragedTotal,
        };
        return new ReleasedMarks(version, AssessmentMarks.Selections(marks), AssessmentMarks.Score(marks, version, scope.ScoreMaximum), snapshot.SavedAt);
    }
}
