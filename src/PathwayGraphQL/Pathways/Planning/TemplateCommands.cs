using LtiPathways.PathwayGraphQL.Access;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Courses;
using LtiPathways.PathwayGraphQL.Data.Pathways;
using LtiPathways.PathwayGraphQL.Outcomes;
using LtiPathways.PathwayGraphQL.Pathways.Templates;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.PathwayGraphQL.Pathways.Planning;

/// <summary>A coordinator edits their institution's copy of a template; <see cref="TemplateEdit"/> decides how it is stored.</summary>
public sealed class TemplateCommands(PathwaysDbContext db, TimeProvider clock)
{
    public async Task<Outcome<TemplateEditDecision>> EditAsync(Viewer viewer, PlanTemplate edited, CancellationToken cancellationToken = default)
    {
        if (viewer.Role != CourseRole.Admin && !await PlanAccess.IsCoordinatorAsync(db, viewer, cancellationToken))
        {
            return Refusal.Forbidden("Only a coordinator of this school edits its plan templates.");
        }
        var current = await PlanTemplates.LatestAsync(db, viewer, edited.Key, cancellationToken);
        if (current is null)
        {
            return Refusal.NotFound($"There is no plan template \u201c{edited.Key}\u201d at this school.");
        }
        var plans = await db.Plans
            .Where(p => p.RegistrationId == viewer.RegistrationId && p.DeploymentId == viewer.DeploymentId && p.TemplateKey == current.Key && p.TemplateVersion == current.Version)
            .Join(db.PlanVersions, p => new { PlanId = p.Id, Number = p.CurrentVersion }, v => new { v.PlanId, v.Number }, (p, v) => v)
            .AsNoTracking().ToListAsync(cancellationToken);
        var decision = TemplateEdit.Check(current, edited with { Version = current.Version }, [.. plans.Select(PlanVersions.Document)]);
        if (decision.Outcome == TemplateEditOutcome.Refused)
        {
            return Refusal.Invalid(decision.Sentence);
        }
        var template = edited with { Version = decision.Version };
        var row = await db.PlanTemplates.SingleOrDefaultAsync(
            t => t.RegistrationId == viewer.RegistrationId && t.DeploymentId == viewer.DeploymentId && t.Key == template.Key && t.Version == template.Version,
            cancellationToken);
        if (row is null)
        {
            row = new PlanTemplateVersion
            {
                RegistrationId = viewer.RegistrationId, DeploymentId = viewer.DeploymentId, Key = template.Key, Version = template.Version,
                Name = template.Name, TemplateJson = "",
            };
            db.PlanTemplates.Add(row);
        }
        (row.Name, row.Programme, row.TemplateJson) = (template.Name, template.Programme, PlanTemplateJson.Write(template));
        (row.SavedByUserId, row.SavedAt) = (viewer.PersonId, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return decision;
    }
}
