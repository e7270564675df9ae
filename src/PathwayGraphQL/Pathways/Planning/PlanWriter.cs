using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Pathways;
using LtiPathways.PathwayGraphQL.Pathways.History;
using LtiPathways.PathwayGraphQL.Pathways.Plans;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.PathwayGraphQL.Pathways.Planning;

/// <summary>
/// Stores a document as the plan's next version, if the writer started from the current one. Otherwise, or when another
/// save wins the race in between, the writer gets both versions back and nothing is stored or lost.
/// </summary>
public sealed class PlanWriter(PathwaysDbContext db, TimeProvider clock)
{
    public Task<PlanSaveResult> CommitAsync(
        PathwayPlan plan, int baseVersion, PlanDocument document, Guid savedBy, CancellationToken cancellationToken = default) =>
        CommitAsync(plan, baseVersion, document, PlanAuthor.Person(savedBy), cancellationToken);

    public async Task<PlanSaveResult> CommitAsync(
        PathwayPlan plan, int baseVersion, PlanDocument document, PlanAuthor savedBy, CancellationToken cancellationToken = default)
    {
        if (plan.CurrentVersion != baseVersion)
        {
            return await ConflictAsync(plan, baseVersion, document, cancellationToken);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var number = plan.CurrentVersion + 1;
        (plan.CurrentVersion, plan.Concurrency, plan.UpdatedAt) = (number, Guid.NewGuid(), now);
        db.PlanVersions.Add(new PlanVersion
        {
            PlanId = plan.Id, Number = number, DocumentJson = PlanDocumentJson.Write(document),
            SavedByUserId = savedBy.PersonId, SavedByApiTokenId = savedBy.ApiTokenId, SavedAt = now,
        });
        await new PlanSummaries(db, clock).StageAsync(plan, await PlanTemplates.OfAsync(db, plan, cancellationToken), number, document, cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The token moved (DbUpdateConcurrencyException) or the version number was taken; any other failure is a bug and rises.
            if (await SomeoneSavedFirstAsync(plan.Id, baseVersion, cancellationToken) is not { } fresh)
            {
                throw;
            }
            return await ConflictAsync(fresh, baseVersion, document, cancellationToken);
        }
        return new PlanSaveResult.Saved(new(plan.Id, plan.StudentUserId, plan.TemplateKey, plan.TemplateVersion, number, document, savedBy.PersonId, now));
    }

    private async Task<PathwayPlan?> SomeoneSavedFirstAsync(Guid planId, int baseVersion, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var fresh = await db.Plans.AsNoTracking().SingleAsync(p => p.Id == planId, cancellationToken);
        return fresh.CurrentVersion != baseVersion ? fresh : null;
    }

    private async Task<PlanSaveResult> ConflictAsync(PathwayPlan plan, int baseVersion, PlanDocument yours, CancellationToken cancellationToken)
    {
        var theirs = await PlanVersions.SnapshotAsync(db, plan, plan.CurrentVersion, cancellationToken);
        var started = await db.PlanVersions.AsNoTracking().SingleOrDefaultAsync(v => v.PlanId == plan.Id && v.Number == baseVersion, cancellationToken);
        var changes = started is null ? [] : PlanDiff.Between(PlanVersions.Document(started), theirs.Document);
        var who = await PlanHistories.SavedByAsync(db, plan.Id, theirs.VersionNumber, cancellationToken);
        var sentence = started is null
            ? $"Version {baseVersion} of this plan does not exist; the plan is at version {theirs.VersionNumber}. Your changes are not saved yet and are kept here."
            : $"{who} saved version {theirs.VersionNumber} after you opened version {baseVersion}. Your changes are not saved yet: both versions are here to combine.";
        return new PlanSaveResult.Conflict(theirs, yours, baseVersion, changes, sentence);
    }
}
