using LtiPathways.PathwayGraphQL.Access;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Pathways;
using LtiPathways.PathwayGraphQL.Data.Rubrics;
using LtiPathways.PathwayGraphQL.Modules;
using LtiPathways.PathwayGraphQL.Pathways.Plans;
using LtiPathways.PathwayGraphQL.Pathways.Rules;
using LtiPathways.PathwayGraphQL.Pathways.Templates;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.PathwayGraphQL.Pathways.Planning;

/// <summary>
/// Keeps each plan's <see cref="PlanSummary"/> the evaluator's latest word. A plan's writers stage it with the new
/// version, so both commit together; what time alone changes (pace, deadlines, expiry), a template edit or a released
/// result is caught up by <see cref="RefreshStaleAsync"/>, which readers call first and a daily pass runs for everyone.
/// </summary>
public sealed class PlanSummaries(PathwaysDbContext db, TimeProvider clock)
{
    private const int Batch = 500;

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private DateOnly Today => DateOnly.FromDateTime(Now);

    /// <summary>Adds or updates the summary of this version in the context; the caller's SaveChanges commits it with the version.</summary>
    public async Task StageAsync(
        PathwayPlan plan, PlanTemplate template, int versionNumber, PlanDocument document, CancellationToken cancellationToken = default)
    {
        var evaluation = (await PlanInputs.OfAsync(db, plan, document, cancellationToken)).Evaluate(template, document, Today);
        var snapshot = new PlanSnapshot(plan.Id, plan.StudentUserId, plan.TemplateKey, plan.TemplateVersion, versionNumber, document, Guid.Empty, Now);
        var summary = db.Entry(plan).State == EntityState.Added ? null
            : await db.PlanSummaries.Include(s => s.Years).SingleOrDefaultAsync(s => s.PlanId == plan.Id, cancellationToken);
        if (summary is null)
        {
            summary = New(plan.Id, new Institution(plan.RegistrationId, plan.DeploymentId), template);
            db.PlanSummaries.Add(summary);
        }
        PlanSummaryFigures.Fill(summary, new EvaluatedPlan(snapshot, "", template, evaluation), Today, Now);
    }

    /// <summary>
    /// Evaluates again the institution's plans whose summary is missing or no longer what the evaluator would say today;
    /// one query when none is (the usual case), then a few per 500 plans that are.
    /// </summary>
    public async Task<int> RefreshStaleAsync(Institution institution, CancellationToken cancellationToken = default)
    {
        var (today, startOfDay) = (Today, Today.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc));
        var plans = db.Plans.Where(p => p.RegistrationId == institution.RegistrationId && p.DeploymentId == institution.DeploymentId);
        var stale = await plans
            .Where(p => !db.PlanSummaries.Any(s => s.PlanId == p.Id && s.PlanVersion == p.CurrentVersion && s.EvaluatedOn == today
                && !db.PlanTemplates.Any(t => t.RegistrationId == p.RegistrationId && t.DeploymentId == p.DeploymentId
                    && t.Key == p.TemplateKey && t.Version == p.TemplateVersion && t.SavedAt > s.EvaluatedAt)))
            .Select(p => p.Id).ToListAsync(cancellationToken);
        // Releases before today are older than every summary made today; only today's can make one stale.
        var releasedSince = await (
            from a in db.RubricAssessments
            where a.Status == AssessmentStatus.Released && a.ReleasedAt >= startOfDay
            join s in db.PlanSummaries on a.StudentUserId equals s.StudentUserId
            where s.RegistrationId == institution.RegistrationId && s.DeploymentId == institution.DeploymentId && a.ReleasedAt > s.EvaluatedAt
            select s.PlanId).Distinct().ToListAsync(cancellationToken);
        // Module steps are saved outside the plan, so a step done after the summary makes it stale too.
        var moduleWorkSince = await (
            from e in db.ModuleEnrolments
            join s in db.PlanSummaries on e.StudentUserId equals s.StudentUserId
            where s.RegistrationId == institution.RegistrationId && s.DeploymentId == institution.DeploymentId && e.UpdatedAt > s.EvaluatedAt
            select s.PlanId).Distinct().ToListAsync(cancellationToken);
        var ids = stale.Union(releasedSince).Union(moduleWorkSince).ToList();
        foreach (var chunk in ids.Chunk(Batch))
        {
            await RefreshAsync(institution, chunk, cancellationToken);
        }
        return ids.Count;
    }

    private async Task RefreshAsync(Institution institution, Guid[] planIds, CancellationToken cancellationToken)
    {
        var evaluated = await PlanEvaluations.OfAsync(db, institution, db.Plans.Where(p => planIds.Contains(p.Id)), Today, cancellationToken);
        var kept = await db.PlanSummaries.Include(s => s.Years).Where(s => planIds.Contains(s.PlanId)).ToDictionaryAsync(s => s.PlanId, cancellationToken);
        foreach (var plan in evaluated)
        {
            if (!kept.TryGetValue(plan.Plan.PlanId, out var summary))
            {
                summary = New(plan.Plan.PlanId, institution, plan.Template);
                db.PlanSummaries.Add(summary);
            }
            PlanSummaryFigures.Fill(summary, plan, Today, Now);
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another reader refreshed the same plans first; what it stored is as fresh as this.
        }
        db.ChangeTracker.Clear();
    }

    private static PlanSummary New(Guid planId, Institution institution, PlanTemplate template) => new()
    {
        PlanId = planId, RegistrationId = institution.RegistrationId, DeploymentId = institution.DeploymentId,
        TemplateKey = template.Key, TemplateName = template.Name,
    };
}
