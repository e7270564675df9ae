using LtiPathways.PathwayGraphQL.Assessments;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Pathways;
using LtiPathways.PathwayGraphQL.Data.Rubrics;
using LtiPathways.PathwayGraphQL.Pathways.Plans;
using LtiPathways.Rubrics;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.PathwayGraphQL.Pathways.Planning;

/// <summary>The released percentage of each rubric assessment plans link, scored on the rubric version it was marked with.</summary>
public static class ReleasedResults
{
    public static Task<Dictionary<Guid, decimal>> OfAsync(
        PathwaysDbContext db, PathwayPlan plan, PlanDocument document, CancellationToken cancellationToken = default) =>
        OfAsync(db, [plan.StudentUserId], document.Evidence, cancellationToken);

    /// <summary>For many students at once (a caseload) in one query; an assessment counts only for the student it marks.</summary>
    public static async Task<Dictionary<Guid, decimal>> OfAsync(
        PathwaysDbContext db, IReadOnlyCollection<Guid> students, IEnumerable<Evidence> evidence, CancellationToken cancellationToken = default)
    {
        var ids = evidence.Where(e => e.Source == EvidenceSource.RubricAssessment).Select(e => e.SourceId).Distinct().ToList();
        if (ids.Count == 0)
        {
            return [];
        }
        var released = await db.RubricAssessments.AsNoTracking()
            .Where(a => ids.Contains(a.Id) && students.Contains(a.StudentUserId) && a.Status == AssessmentStatus.Released)
            .Join(db.RubricVersions, a => new { a.RubricId, Number = a.RubricVersionNumber }, v => new { v.RubricId, v.Number },
                (a, v) => new { Assessment = a, v.Json })
            .ToListAsync(cancellationToken);
        return released.Select(r => (r.Assessment.Id, Percentage: Percentage(r.Assessment, r.Json)))
            .Where(r => r.Percentage is not null).ToDictionary(r => r.Id, r => r.Percentage!.Value);
    }

    private static decimal? Percentage(RubricAssessment assessment, string rubricJson) =>
        RubricJson.Read(rubricJson).Value?.Current is { } version ? AssessmentMarks.Percentage(assessment, version) : null;
}
