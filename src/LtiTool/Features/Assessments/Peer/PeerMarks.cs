using LtiPathways.LtiTool.Features.Grading;
using LtiPathways.PathwayGraphQL.Assessments;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Rubrics;
using LtiPathways.Rubrics;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.LtiTool.Features.Assessments.Peer;

/// <summary>Classmates' reviews of one student's work: named for the teacher, anonymous for the student reviewed.</summary>
public class PeerMarks(PathwaysDbContext db)
{
    /// <summary>Each review under its reviewer's name, and a line with their average total.</summary>
    public async Task<(IReadOnlyList<OtherMarks> Reviews, string? Average)> ForTeacherAsync(
        AssessmentScope scope, Guid student, RubricVersion version, CancellationToken cancellationToken)
    {
        var reviews = await ReviewsAsync(scope, student, version, cancellationToken);
        var names = await db.Users.AsNoTracking().Where(u => reviews.Select(r => r.AssessorKey).Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => u.Name, cancellationToken);
        var shown = reviews.Select(r => new OtherMarks($"Peer review by {names.GetValueOrDefault(r.AssessorKey, "a classmate")}",
            AssessmentMarks.Selections(r), AssessmentMarks.Score(r, version, scope.ScoreMaximum))).ToList();
        var totals = shown.Where(m => m.Score is not null).Select(m => m.Score!.Total).ToList();
        var average = totals.Count == 0 ? null
            : $"Peer average {PointsText.Format(Math.Round(totals.Average(), 2))} of {PointsText.Format(version.MaximumPoints)} from {totals.Count} review{(totals.Count == 1 ? "" : "s")}";
        return (shown, average);
    }

    /// <summary>The same reviews without names: "Classmate 1", "Classmate 2", in a fixed order that says nothing about who.</summary>
    public async Task<IReadOnlyList<OtherMarks>> ForStudentAsync(AssessmentScope scope, Guid student, RubricVersion version, CancellationToken cancellationToken) =>
        (await ReviewsAsync(scope, student, version, cancellationToken))
            .Select((r, i) => new OtherMarks($"Classmate {i + 1}", AssessmentMarks.Selections(r), AssessmentMarks.Score(r, version, scope.ScoreMaximum)))
            .ToList();

    /// <summary>Reviews on the version being shown; ordered by id, which is random, so the order reveals no reviewer.</summary>
    private async Task<List<RubricAssessment>> ReviewsAsync(AssessmentScope scope, Guid student, RubricVersion version, CancellationToken cancellationToken) =>
        (await db.RubricAssessments.AsNoTracking()
            .Where(a => a.AssignmentId == scope.AssignmentId && a.StudentUserId == student && a.Kind == AssessmentKind.Peer
                && a.RubricVersionNumber == version.Number)
            .ToListAsync(cancellationToken))
            .OrderBy(a => a.Id).ToList();
}
