using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Pathways;
using LtiPathways.PathwayGraphQL.Pathways.Plans;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.PathwayGraphQL.Pathways.Planning;

/// <summary>Reads stored versions back into documents.</summary>
public static class PlanVersions
{
    public static async Task<PlanSnapshot> SnapshotAsync(PathwaysDbContext db, PathwayPlan plan, int number, CancellationToken cancellationToken = default)
    {
        var version = await db.PlanVersions.AsNoTracking().SingleAsync(v => v.PlanId == plan.Id && v.Number == number, cancellationToken);
        return new(plan.Id, plan.StudentUserId, plan.TemplateKey, plan.TemplateVersion, number, Document(version), version.SavedByUserId, version.SavedAt);
    }

    /// <summary>A stored version always reads: it was written by <see cref="PlanDocumentJson"/> after validation.</summary>
    public static PlanDocument Document(PlanVersion version) =>
        PlanDocumentJson.Read(version.DocumentJson).Value
        ?? throw new InvalidOperationException($"Version {version.Number} of plan {version.PlanId} no longer reads.");
}
