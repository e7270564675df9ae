using LtiPathways.PathwayGraphQL.Access;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Pathways;
using LtiPathways.PathwayGraphQL.Modules;
using LtiPathways.PathwayGraphQL.Pathways.Rules;
using LtiPathways.PathwayGraphQL.Pathways.Templates;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.PathwayGraphQL.Pathways.Planning;

/// <summary>
/// Many plans of one institution evaluated for today in a fixed number of statements whatever their number: the plans
/// with their current versions and students' names, the templates they name, and the released results their evidence
/// links. The caller has already decided which plans the viewer may see; this only reads and evaluates them.
/// </summary>
public static class PlanEvaluations
{
    public static async Task<IReadOnlyList<EvaluatedPlan>> OfAsync(
        PathwaysDbContext db, Institution institution, IQueryable<PathwayPlan> plans, DateOnly today, CancellationToken cancellationToken = default)
    {
        var rows = await plans.AsNoTracking()
            .Where(p => p.RegistrationId == institution.RegistrationId && p.DeploymentId == institution.DeploymentId)
            .Join(db.PlanVersions, p => new { PlanId = p.Id, Number = p.CurrentVersion }, v => new { v.PlanId, v.Number },
                (p, v) => new { Plan = p, Version = v, Student = db.Users.Where(u => u.Id == p.StudentUserId).Select(u => u.Name).FirstOrDefault() })
            .ToListAsync(cancellationToken);
        var templates = await TemplatesAsync(db, institution, rows.Select(r => r.Plan.TemplateKey).Distinct().ToList(), cancellationToken);
        var snapshots = rows.Select(r => (Snapshot: new PlanSnapshot(r.Plan.Id, r.Plan.StudentUserId, r.Plan.TemplateKey, r.Plan.TemplateVersion,
            r.Version.Number, PlanVersions.Document(r.Version), r.Version.SavedByUserId, r.Version.SavedAt), Student: r.Student ?? "")).ToList();
        var released = await ReleasedResults.OfAsync(
            db, snapshots.Select(s => s.Snapshot.StudentUserId).ToList(), snapshots.SelectMany(s => s.Snapshot.Document.Evidence), cancellationToken);
        var modules = await ModuleStandings.OfAsync(db, institution, snapshots.Select(s => s.Snapshot.StudentUserId).ToList(), cancellationToken);
        return snapshots.Select(s =>
        {
            var template = templates[(s.Snapshot.TemplateKey, s.Snapshot.TemplateVersion)];
            return new EvaluatedPlan(s.Snapshot, s.Student, template, PlanEvaluator.Evaluate(template, s.Snapshot.Document, today, released, modules[s.Snapshot.StudentUserId]));
        }).ToList();
    }

    private static async Task<Dictionary<(string, int), PlanTemplate>> TemplatesAsync(
        PathwaysDbContext db, Institution institution, List<string> keys, CancellationToken cancellationToken)
    {
        var rows = await db.PlanTemplates.AsNoTracking()
            .Where(t => t.RegistrationId == institution.RegistrationId && t.DeploymentId == institution.DeploymentId && keys.Contains(t.Key))
            .Select(t => t.TemplateJson).ToListAsync(cancellationToken);
        return rows.Select(json => PlanTemplateJson.Read(json).Value!).ToDictionary(t => (t.Key, t.Version));
    }
}
