using LtiPathways.LtiTool.Features.Assessments.Peer;
using LtiPathways.PathwayGraphQL.Access;
using LtiPathways.PathwayGraphQL.Assessments.Release;
using LtiPathways.PathwayGraphQL.Assessments;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Rubrics;
using LtiPathways.PathwayGraphQL.Library;
using LtiPathways.Rubrics;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.LtiTool.Features.Assessments.Marking;

/// <summary>What one student may see: only their own released marks (the snapshot taken at release), classmates' reviews of their work without names, and their own self-assessment.</summary>
public class StudentAssessmentQueries(PathwaysDbContext db, RubricLibrary library, PeerMarks peers)
{
    public async Task<StudentAssessmentView> ViewAsync(AssessmentScope scope, Viewer session, string token, CancellationToken cancellationToken)
    {
        var name = await db.Users.Where(u => u.Id == session.PersonId && u.RegistrationId == session.RegistrationId)
            .Select(u => u.Name).FirstOrDefaultAsync(cancellationToken) ?? "";
        var released = await ReleasedAsync(scope, session.PersonId, cancellationToken);
        var self = await db.RubricAssessments.AsNoTracking().FirstOrDefaultAsync(a => a.AssignmentId == scope.AssignmentId
            && a.StudentUserId == session.PersonId && a.Kind == AssessmentKind.Self && a.AssessorKey == session.PersonId, cancellationToken);
        var assignment = scope.Launch.Assignment;
        return new StudentAssessmentView(
            assignment.Id, scope.Launch.Course.Title, assignment.Title, assignment.Instructions, session.PersonId, name, scope.Rubric.Title,
            scope.Current, scope.Settings.ShowRubricToStudents, released, scope.Settings.SelfAssessment,
            self is null ? Selections.None : AssessmentMarks.Selections(self), self?.Version, token, scope.Settings.PeerAssessment,
            released is null ? [] : await peers.ForStudentAsync(scope, session.PersonId, released.Version, cancellationToken));
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
