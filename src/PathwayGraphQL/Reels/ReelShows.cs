using LtiPathways.PathwayGraphQL.Access;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Pathways;
using LtiPathways.PathwayGraphQL.Data.Reels;
using LtiPathways.PathwayGraphQL.Data.Rubrics;
using LtiPathways.PathwayGraphQL.Data.Submissions;
using LtiPathways.PathwayGraphQL.Outcomes;
using LtiPathways.PathwayGraphQL.Pathways.History;
using LtiPathways.PathwayGraphQL.Pathways.Planning;
using LtiPathways.PathwayGraphQL.Pathways.Plans;
using LtiPathways.Rubrics;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.PathwayGraphQL.Reels;

/// <summary>
/// A reel as it is presented, to the student and their advisors inside the tool or to whoever holds a live link. Every
/// piece is checked again as it is shown: still the student's, still handed in, a rubric result still released.
/// </summary>
public sealed class ReelShows(PathwaysDbContext db)
{
    public async Task<Outcome<ReelShow>> WatchAsync(Viewer viewer, Guid planId, CancellationToken cancellationToken = default)
    {
        var opened = await ReelAccess.ToWatchAsync(db, viewer, planId, cancellationToken);
        return opened.Succeeded ? await ShowAsync(opened.Value.Plan, cancellationToken) : opened.Refusal;
    }

    /// <summary>The reel of a live link; the gate has already checked the link, and the reel is the link's own.</summary>
    public async Task<ReelShow> OfLinkAsync(ReelLinkHolder holder, CancellationToken cancellationToken = default)
    {
        var plan = await db.Plans.AsNoTracking().SingleAsync(p => db.Reels.Any(r => r.Id == holder.ReelId && r.PlanId == p.Id), cancellationToken);
        return await ShowAsync(plan, cancellationToken);
    }

    public async Task<ReelShow> ShowAsync(PathwayPlan plan, CancellationToken cancellationToken)
    {
        var slides = await db.ReelSlides.AsNoTracking().Where(s => db.Reels.Any(r => r.Id == s.ReelId && r.PlanId == plan.Id))
            .OrderBy(s => s.Position).ToListAsync(cancellationToken);
        var student = await db.Users.Where(u => u.Id == plan.StudentUserId).Select(u => u.Name).SingleAsync(cancellationToken);
        var courses = db.Courses.Where(c => c.DeploymentId == plan.DeploymentId).Select(c => c.Id);

        var submissionIds = IdsOf(slides, ReelSlideSource.Submission);
        var work = await db.Submissions.AsNoTracking()
            .Where(s => submissionIds.Contains(s.Id) && s.StudentUserId == plan.StudentUserId && s.Status == SubmissionStatus.Submitted && courses.Contains(s.CourseId))
            .Join(db.Assignments, s => s.AssignmentId, a => a.Id, (s, a) => new { s.Id, a.Title, s.SubmittedAt, s.EssayHtml })
            .ToDictionaryAsync(s => s.Id, cancellationToken);
        var assessmentIds = IdsOf(slides, ReelSlideSource.RubricAssessment);
        var results = await db.RubricAssessments.AsNoTracking()
            .Where(r => assessmentIds.Contains(r.Id) && r.StudentUserId == plan.StudentUserId && r.Status == AssessmentStatus.Released)
            .Join(db.Assignments.Where(a => courses.Contains(a.CourseId)), r => r.AssignmentId, a => a.Id, (r, a) => new { r.Id, a.Title, r.ReleasedAt })
            .ToDictionaryAsync(r => r.Id, cancellationToken);
        var percentages = await ReleasedResults.OfAsync(db, [plan.StudentUserId],
            results.Keys.Select(id => new Evidence(id, EvidenceSource.RubricAssessment, id, "", [])), cancellationToken);
        var reflections = (await PlanVersions.SnapshotAsync(db, plan, plan.CurrentVersion, cancellationToken)).Document.Reflections.ToDictionary(r => r.Id);

        var handedIn = work.Keys.ToList();
        var recordings = reflections.Values.Select(r => r.RecordingFileId).OfType<Guid>().ToList();
        var files = await db.SubmissionFiles.AsNoTracking()
            .Where(f => (f.SubmissionId != null && handedIn.Contains(f.SubmissionId.Value)) || (f.PlanId == plan.Id && recordings.Contains(f.DerivedFromFileId ?? f.Id)))
            .Where(f => f.Part == SubmissionType.Audio || f.Part == SubmissionType.Video)
            .ToListAsync(cancellationToken);
        ValueList<Guid> MediaOf(Func<SubmissionFile, bool> belongs) =>
            files.Where(f => f.Role == SubmissionFileRole.Original && belongs(f)).OrderBy(f => f.CreatedAt).Select(f => f.Id).ToValueList();

        ShownSlide Show(ReelSlide slide, int number)
        {
            var gone = new ShownSlide(slide.Id, number, slide.Source, slide.Caption, false, "This piece is not available at the moment.");
            return slide.Source switch
            {
                ReelSlideSource.Submission when work.GetValueOrDefault(slide.SourceId) is { } w =>
                    new ShownSlide(slide.Id, number, slide.Source, slide.Caption, true, w.Title, $"Handed in {Day(w.SubmittedAt)}", EssayHtml: w.EssayHtml)
                    {
                        MediaFileIds = MediaOf(f => f.SubmissionId == w.Id),
                    },
                ReelSlideSource.RubricAssessment when results.GetValueOrDefault(slide.SourceId) is { } r =>
                    new ShownSlide(slide.Id, number, slide.Source, slide.Caption, true, r.Title, $"Result released {Day(r.ReleasedAt)}",
                        Percentage: percentages.TryGetValue(r.Id, out var percentage) ? percentage : null),
                ReelSlideSource.Reflection when reflections.GetValueOrDefault(slide.SourceId) is { } entry =>
                    new ShownSlide(slide.Id, number, slide.Source, slide.Caption, true,
                        entry.Kind == ReflectionKind.LearningJournal ? "Learning journal" : "Reflection", $"Written {PlanDiff.Day(entry.WrittenOn)}", Text: entry.Text)
                    {
                        MediaFileIds = MediaOf(f => f.Id == entry.RecordingFileId),
                    },
                _ => gone,
            };
        }

        return new ReelShow(plan.Id, plan.StudentUserId, student, slides.Select((s, i) => Show(s, i + 1)).ToValueList(), files);
    }

    private static List<Guid> IdsOf(List<ReelSlide> slides, ReelSlideSource source) =>
        slides.Where(s => s.Source == source).Select(s => s.SourceId).ToList();

    private static string Day(DateTime? at) => PlanDiff.Day(at is { } moment ? DateOnly.FromDateTime(moment) : null);
}
