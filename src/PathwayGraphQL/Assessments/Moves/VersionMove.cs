using LtiPathways.PathwayGraphQL.Access;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Rubrics;
using LtiPathways.PathwayGraphQL.Library;
using LtiPathways.PathwayGraphQL.Outcomes;
using LtiPathways.Rubrics;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.PathwayGraphQL.Assessments.Moves;

/// <summary>
/// "Move ungraded work to version N": previews each draft's score on the newest version (RubricVersioning.PreviewScoreChanges),
/// then moves only drafts never released; released work keeps the version its grade was given on.
/// </summary>
public class VersionMove(PathwaysDbContext db, RubricLibrary library, TimeProvider clock)
{
    public Task<int> LatestAsync(AssessmentScope scope, CancellationToken cancellationToken) =>
        db.RubricVersions.Where(v => v.RubricId == scope.Rubric.Id).MaxAsync(v => v.Number, cancellationToken);

    public async Task<Outcome<MovePlan>> PreviewAsync(AssessmentScope scope, Viewer teacher, CancellationToken cancellationToken)
    {
        if (!teacher.IsStaff)
        {
            return AssessedAssignments.NoAssessment;
        }
        var target = await LatestAsync(scope, cancellationToken);
        var newVersion = (await library.VersionAsync(scope.Rubric.Id, target, cancellationToken))!;
        var assessments = await OlderAsync(scope, target, cancellationToken);
        var names = await db.Users.AsNoTracking().Where(u => assessments.Select(a => a.StudentUserId).Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, cancellationToken);
        var rows = new List<MoveRow>();
        foreach (var assessment in assessments.OrderBy(a => names.GetValueOrDefault(a.StudentUserId)))
        {
            var old = (await library.VersionAsync(assessment.RubricId, assessment.RubricVersionNumber, cancellationToken))!;
            var change = RubricVersioning.PreviewScoreChanges(old, newVersion, [new AssessedWork(assessment.Id.ToString(), AssessmentMarks.Selections(assessment))], scope.ScoreMaximum)[0];
            rows.Add(new MoveRow(names.GetValueOrDefault(assessment.StudentUserId), assessment.Kind.ToString(), assessment.RubricVersionNumber,
                change.Before?.Total, change.Before?.LmsPoints, change.After?.Total, change.After?.LmsPoints, change.Changed,
                change.NotMoved.Select(p => p.Message).ToList(), !Movable(assessment)));
        }
        return new MovePlan(scope.Settings.VersionNumber, target, rows);
    }

    /// <summary>Moves the ungraded work, or refuses with a conflict when the rubric or the marks changed since the preview (nothing moved then).</summary>
    public async Task<Outcome<WorkMoved>> ConfirmAsync(AssessmentScope scope, Viewer teacher, int expectedTarget, CancellationToken cancellationToken)
    {
        if (!teacher.IsStaff)
        {
            return AssessedAssignments.NoAssessment;
        }
        var markerId = teacher.PersonId;
        var target = await LatestAsync(scope, cancellationToken);
        if (target != expectedTarget)
        {
            return Refusal.Conflict($"The rubric now has version {target}; look at the preview again before moving.");
        }
        var newVersion = (await library.VersionAsync(scope.Rubric.Id, target, cancellationToken))!;
        var now = clock.GetUtcNow().UtcDateTime;
        var moved = 0;
        foreach (var assessment in (await OlderAsync(scope, target, cancellationToken)).Where(Movable))
        {
            var old = (await library.VersionAsync(assessment.RubricId, assessment.RubricVersionNumber, cancellationToken))!;
            var selections = AssessmentMarks.Selections(assessment);
            var change = RubricVersioning.PreviewScoreChanges(old, newVersion, [new AssessedWork(assessment.Id.ToString(), selections)], scope.ScoreMaximum)[0];
            db.AssessmentHistory.Add(new AssessmentHistoryEntry
            {
                AssessmentId = assessment.Id, SavedByUserId = markerId, SelectionsJson = assessment.SelectionsJson,
                OverallComment = assessment.OverallComment, Reason = $"moved to version {target}", SavedAt = now,
            });
            db.RubricAssessments.Attach(assessment);
            assessment.SelectionsJson = SelectionsJson.Write(change.MovedSelections with { OverallComment = null });
            assessment.RubricVersionNumber = target;
            assessment.Version = Guid.NewGuid();
            assessment.UpdatedAt = now;
            moved++;
        }
        var settings = await db.AssessmentSettings.SingleAsync(s => s.AssignmentId == scope.AssignmentId, cancellationToken);
        settings.VersionNumber = target;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return Refusal.Conflict("Someone saved marks while you were looking at the preview; nothing was moved. Look at the preview again.");
        }
        return new WorkMoved(moved, target);
    }

    private static bool Movable(RubricAssessment assessment) => assessment.Status == AssessmentStatus.Draft && assessment.ReleasedAt is null;

    private Task<List<RubricAssessment>> OlderAsync(AssessmentScope scope, int target, CancellationToken cancellationToken) =>
        db.RubricAssessments.AsNoTracking().Where(a => a.AssignmentId == scope.AssignmentId && a.RubricId == scope.Rubric.Id && a.RubricVersionNumber < target)
            .ToListAsync(cancellationToken);
}
