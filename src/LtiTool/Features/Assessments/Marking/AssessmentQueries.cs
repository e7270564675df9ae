using LtiPathways.LtiTool.Features.Assessments.Peer;
using LtiPathways.LtiTool.Features.Grading;
using LtiPathways.PathwayGraphQL.Access;
using LtiPathways.PathwayGraphQL.Assessments;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Rubrics;
using LtiPathways.PathwayGraphQL.Data.Submissions;
using LtiPathways.PathwayGraphQL.Library;
using LtiPathways.Rubrics;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.LtiTool.Features.Assessments.Marking;

/// <summary>Reads the rubric grading view; every query is scoped by the viewer's assignment, which LaunchedAssignments scoped by course.</summary>
public class AssessmentQueries(PathwaysDbContext db, GradingQueries grading, RubricLibrary library, PeerMarks peers)
{
    public async Task<RubricGradingView> TeacherViewAsync(
        AssessmentScope scope, Viewer session, Guid? studentId, AssessmentKind kind, StudentFilter filter, string token,
        CancellationToken cancellationToken)
    {
        var classView = await grading.TeacherViewAsync(scope.Launch, token, cancellationToken);
        var assessments = await db.RubricAssessments.AsNoTracking()
            .Where(a => a.AssignmentId == scope.AssignmentId && a.AssessorKey == Guid.Empty).ToListAsync(cancellationToken);
        var versions = new Dictionary<(Guid, int), RubricVersion?>();
        async Task<RubricVersion> VersionOf(RubricAssessment a)
        {
            if (!versions.TryGetValue((a.RubricId, a.RubricVersionNumber), out var v))
            {
                versions[(a.RubricId, a.RubricVersionNumber)] = v = await library.VersionAsync(a.RubricId, a.RubricVersionNumber, cancellationToken);
            }
            return v ?? scope.Current;
        }

        var rows = new List<MarkingRow>();
        foreach (var student in classView.Students)
        {
            // Blind second marking: a second marker's list shows only second marks.
            var shown = assessments.FirstOrDefault(a => a.StudentUserId == student.UserId && a.Kind == (kind == AssessmentKind.SecondMarker ? kind : scope.FinalKind))
                ?? (kind == AssessmentKind.Teacher ? assessments.FirstOrDefault(a => a.StudentUserId == student.UserId && a.Kind == AssessmentKind.Teacher) : null);
            var stage = shown switch
            {
                null => MarkingStage.NotMarked,
                { Status: AssessmentStatus.Released } => MarkingStage.Released,
                _ when student.ReleasedAt is not null => MarkingStage.ChangedSinceRelease,
                _ => MarkingStage.Draft,
            };
            var points = shown is null ? null : AssessmentMarks.Score(shown, await VersionOf(shown), scope.ScoreMaximum)?.LmsPoints;
            rows.Add(new MarkingRow(
                student.UserId, student.Name, stage, points, student.Passback, student.PassbackReason, student.ReleasedAt, student.HandedIn, student.Submission));
        }

        var shownRows = rows.Where(r => r.Keeps(filter)).ToList();
        var selected = studentId is { } id && rows.Any(r => r.UserId == id) ? id : (shownRows.FirstOrDefault() ?? rows.FirstOrDefault())?.UserId;
        var mine = assessments.FirstOrDefault(a => a.StudentUserId == selected && a.Kind == kind);
        var version = mine is null ? scope.Current : await VersionOf(mine);
        var beside = new List<OtherMarks>();
        string? peerAverage = null;
        if (selected is { } s)
        {
            beside.AddRange(await BesideAsync(scope, s, kind, assessments, version, cancellationToken));
            if (kind != AssessmentKind.SecondMarker)
            {
                (var reviews, peerAverage) = await peers.ForTeacherAsync(scope, s, version, cancellationToken);
                beside.AddRange(reviews);
            }
        }
        var work = selected is { } marked
            ? await db.Submissions.AsNoTracking()
                .Where(w => w.CourseId == scope.Launch.Course.Id && w.AssignmentId == scope.AssignmentId
                    && w.StudentUserId == marked && w.Status == SubmissionStatus.Submitted)
                .OrderByDescending(w => w.Attempt)
                .Select(w => new MarkedWork(w.Id, w.Attempt, w.EssayHtml, w.LinkUrl, w.LinkTitle, w.SubmittedAt, w.IsLate,
                    w.Files.Where(f => f.Role == SubmissionFileRole.Original).Select(f => new MarkedFile(f.Part, f.OriginalName)).ToList()))
                .FirstOrDefaultAsync(cancellationToken)
            : null;
        var agreement = kind == AssessmentKind.Moderated
            && assessments.FirstOrDefault(a => a.StudentUserId == selected && a.Kind == AssessmentKind.Teacher) is { } first
            && assessments.FirstOrDefault(a => a.StudentUserId == selected && a.Kind == AssessmentKind.SecondMarker) is { } second
            && first.RubricVersionNumber == second.RubricVersionNumber
                ? AgreementReport.Compare(await VersionOf(first), AssessmentMarks.Selections(first), AssessmentMarks.Selections(second)).Value
                : null;
        var bank = await db.CommentBank.AsNoTracking().Where(c => c.OwnerUserId == session.PersonId).OrderBy(c => c.Text).ToListAsync(cancellationToken);
        return new RubricGradingView(
            scope.AssignmentId, scope.Launch.Course.Title, scope.Launch.Assignment.Title, scope.Rubric.Title, scope.ScoreMaximum, scope.Settings,
            rows, kind, selected, rows.FirstOrDefault(r => r.UserId == selected)?.Name, version,
            mine is null ? Selections.None : AssessmentMarks.Selections(mine), mine?.Version,
            mine is null ? null : AssessmentMarks.Score(mine, version, scope.ScoreMaximum), beside, bank, token,
            Agreement: agreement, PeerAverage: peerAverage, Work: work, Filter: filter, Shown: shownRows);
    }

    private async Task<IEnumerable<OtherMarks>> BesideAsync(
        AssessmentScope scope, Guid student, AssessmentKind kind, List<RubricAssessment> shared, RubricVersion version, CancellationToken cancellationToken)
    {
        var others = new List<OtherMarks>();
        if (kind != AssessmentKind.SecondMarker)
        {
            var self = await db.RubricAssessments.AsNoTracking().FirstOrDefaultAsync(
                a => a.AssignmentId == scope.AssignmentId && a.StudentUserId == student && a.Kind == AssessmentKind.Self, cancellationToken);
            if (self is not null && self.RubricVersionNumber == version.Number)
            {
                others.Add(new("The student's self-assessment", AssessmentMarks.Selections(self), AssessmentMarks.Score(self, version, scope.ScoreMaximum)));
            }
        }
        if (kind == AssessmentKind.Moderated)
        {
            foreach (var (marker, heading) in new[] { (AssessmentKind.Teacher, "First marker (A)"), (AssessmentKind.SecondMarker, "Second marker (B)") })
            {
                if (shared.FirstOrDefault(a => a.StudentUserId == student && a.Kind == marker) is { } marks)
                {
                    others.Add(new(heading, AssessmentMarks.Selections(marks), AssessmentMarks.Score(marks, version, scope.ScoreMaximum)));
                }
            }
        }
        return others;
    }
}
