using LtiPathways.PathwayGraphQL.Access;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Pathways;
using LtiPathways.PathwayGraphQL.Pathways.Templates;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.PathwayGraphQL.Pathways.Planning;

/// <summary>
/// An institution's templates: its own stored versions, and the shipped ones until it has a version of that key. The
/// first plan on a shipped template stores it, so the plan keeps measuring against that text after the tool is updated.
/// </summary>
public static class PlanTemplates
{
    public static async Task<PlanTemplate?> LatestAsync(PathwaysDbContext db, Viewer viewer, string key, CancellationToken cancellationToken = default)
    {
        var stored = await db.PlanTemplates
            .Where(t => t.RegistrationId == viewer.RegistrationId && t.DeploymentId == viewer.DeploymentId && t.Key == key)
            .OrderByDescending(t => t.Version).Select(t => t.TemplateJson).FirstOrDefaultAsync(cancellationToken);
        return stored is not null ? Read(stored) : ShippedTemplates.All.FirstOrDefault(t => t.Key == key);
    }

    public static async Task<PlanTemplate> OfAsync(PathwaysDbContext db, PathwayPlan plan, CancellationToken cancellationToken = default)
    {
        var stored = await db.PlanTemplates
            .Where(t => t.RegistrationId == plan.RegistrationId && t.DeploymentId == plan.DeploymentId && t.Key == plan.TemplateKey && t.Version == plan.TemplateVersion)
            .Select(t => t.TemplateJson).SingleOrDefaultAsync(cancellationToken);
        // A plan is only started on a stored version (see KeepAsync); a missing one is a bug, not bad input.
        return stored is not null ? Read(stored) : throw new InvalidOperationException($"Plan {plan.Id} names template {plan.TemplateKey} v{plan.TemplateVersion}, which is not stored.");
    }

    /// <summary>Stores the template version a new plan uses, when the institution has not stored it yet.</summary>
    public static async Task KeepAsync(PathwaysDbContext db, Viewer viewer, PlanTemplate template, DateTime now, CancellationToken cancellationToken = default)
    {
        var kept = await db.PlanTemplates.AnyAsync(
            t => t.RegistrationId == viewer.RegistrationId && t.DeploymentId == viewer.DeploymentId && t.Key == template.Key && t.Version == template.Version,
            cancellationToken);
        if (!kept)
        {
            db.PlanTemplates.Add(new PlanTemplateVersion
            {
                RegistrationId = viewer.RegistrationId, DeploymentId = viewer.DeploymentId, Key = template.Key, Version = template.Version,
                Name = template.Name, Programme = template.Programme, TemplateJson = PlanTemplateJson.Write(template), SavedAt = now,
            });
        }
    }

    private static PlanTemplate Read(string json) =>
        PlanTemplateJson.Read(json).Value ?? throw new InvalidOperationException("A stored template no longer reads; templates are checked before they are stored.");
}
