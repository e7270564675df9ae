using LtiPathways.PathwayGraphQL.Access;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Outcomes;
using LtiPathways.PathwayGraphQL.Pathways.History;
using LtiPathways.PathwayGraphQL.Pathways.Plans;
using LtiPathways.PathwayGraphQL.Pathways.Rules;
using LtiPathways.PathwayGraphQL.Pathways.Templates;
using LtiPathways.Rubrics;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.PathwayGraphQL.Pathways.Planning;

/// <summary>Reading plans: one plan evaluated for today, its history, and the diff between any two versions.</summary>
public sealed class PlanQueries(PathwaysDbContext db, TimeProvider clock)
{
    /// <summary>The viewer's own plan at their institution, if they started one.</summary>
    public Task<Guid?> OwnPlanIdAsync(Viewer viewer, CancellationToken cancellationToken = default) =>
        db.Plans.Where(p => p.RegistrationId == viewer.RegistrationId && p.DeploymentId == viewer.DeploymentId && p.StudentUserId == viewer.PersonId)
            .Select(p => (Guid?)p.Id).SingleOrDefaultAsync(cancellationToken);

    public async Task<Outcome<PlanView>> OpenAsync(Viewer viewer, Guid planId, CancellationToken cancellationToken = default)
    {
        var opened = await PlanAccess.OpenAsync(db, viewer, planId, cancellationToken);
        if (!opened.Succeeded)
        {
            return opened.Refusal;
        }
        var (plan, capacity) = opened.Value;
        var snapshot = await PlanVersions.SnapshotAsync(db, plan, plan.CurrentVersion, cancellationToken);
        var template = await PlanTemplates.OfAsync(db, plan, cancellationToken);
        var inputs = await PlanInputs.OfAsync(db, plan, snapshot.Document, cancellationToken);
        var evaluation = inputs.Evaluate(template, snapshot.Document, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        var signOffs = (await PlanHistories.SignOffsAsync(db, [plan.Id], cancellationToken))[plan.Id];
        var comments = await db.PlanComments.AsNoTracking().Where(c => c.PlanId == plan.Id).OrderBy(c => c.CreatedAt)
            .Select(c => new PlanNote(c.Id, c.VersionNumber, c.AuthorUserId, db.Users.Where(u => u.Id == c.AuthorUserId).Select(u => u.Name).Single(), c.Text, c.CreatedAt))
            .ToListAsync(cancellationToken);
        var student = await db.Users.Where(u => u.Id == plan.StudentUserId).Select(u => u.Name).SingleAsync(cancellationToken);
        return new PlanView(snapshot, student, capacity, template, evaluation, signOffs, comments.ToValueList())
        {
            Modules = inputs.Modules.Values.OrderBy(m => m.Title, StringComparer.Ordinal).ToValueList(),
        };
    }

    /// <summary>Every version, newest first, each with what changed from the one before it.</summary>
    public async Task<Outcome<ValueList<PlanHistoryEntry>>> HistoryAsync(Viewer viewer, Guid planId, CancellationToken cancellationToken = default)
    {
        var opened = await PlanAccess.OpenAsync(db, viewer, planId, cancellationToken);
        if (!opened.Succeeded)
        {
            return opened.Refusal;
        }
        var template = await PlanTemplates.OfAsync(db, opened.Value.Plan, cancellationToken);
        return (await PlanHistories.VersionsAsync(db, new Dictionary<Guid, PlanTemplate> { [planId] = template }, cancellationToken))[planId];
    }

    public async Task<Outcome<ValueList<string>>> DiffAsync(Viewer viewer, Guid planId, int older, int newer, CancellationToken cancellationToken = default)
    {
        var opened = await PlanAccess.OpenAsync(db, viewer, planId, cancellationToken);
        if (!opened.Succeeded)
        {
            return opened.Refusal;
        }
        var rows = await db.PlanVersions.AsNoTracking().Where(v => v.PlanId == planId && (v.Number == older || v.Number == newer)).ToListAsync(cancellationToken);
        if (rows.FirstOrDefault(v => v.Number == older) is not { } from || rows.FirstOrDefault(v => v.Number == newer) is not { } to)
        {
            return Refusal.NotFound($"This plan has versions 1 to {opened.Value.Plan.CurrentVersion}.");
        }
        var template = await PlanTemplates.OfAsync(db, opened.Value.Plan, cancellationToken);
        return PlanDiff.Between(PlanVersions.Document(from), PlanVersions.Document(to), template);
    }
}
