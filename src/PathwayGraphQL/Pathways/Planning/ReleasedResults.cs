using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Pathways;
using LtiPathways.PathwayGraphQL.Data.Rubrics;
using LtiPathways.PathwayGraphQL.Pathways.Plans;
using LtiPathways.Rubrics;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.PathwayGraphQL.Pathways.Planning;

/// <summary>The released percentage of each rubric assessment a plan links, scored on the rubric version it was marked with.</summary>
public static class ReleasedResults
{
    public static async Task<Dictionary<Guid, decimal>> OfAsync(
        PathwaysDbContext db, PathwayPlan plan, PlanDocument document, CancellationToken cancellationToken = default)
    {
        var ids = document.Evidence.Where(e => e.Source == EvidenceSource.RubricAssessment).Select(e => e.SourceId).Distinct().ToList();
        if (ids.Count == 0)
        {
            return [];
        }
        var released = await db.RubricAssessments.AsNoTracking()
            .Where(a => ids.Contains(a.Id) && a.StudentUserId == plan.StudentUserId && a.Status == AssessmentStatus.Released)
            .Join(db.RubricVersions, a => new { a.RubricId, Number = a.RubricVersionNumber }, v => new { v.RubricId, v.Number },
                (a, v) => new { Assessment = a, v.Json })
            .ToListAsync(cancellationToken);
        var results = new Dictionary<Guid, decimal>();
        foreach (var row in released)
        {
            if (RubricJson.Read(row.Json).Value?.Current is { MaximumPoints: > 0 } version && Percentage(row.Assessment, version) is { } percentage)
            {
                results[row.Assessment.Id] = percentage;
            }
        }
        return results;
    }

    private static decimal? Percentage(RubricAssessment assessment, RubricVersion version) =>
        assessment.AveragedTotal is { } averaged
            ? Math.Round(averaged * 100m / version.MaximumPoints, 2)
            : SelectionsJson.Read(assessment.SelectionsJson).Value is { } selections
                ? RubricScorer.Score(version, selections, 100m).Value?.Percentage
                : null;
}
