using LtiPathways.PathwayGraphQL.Access;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Modules;
using LtiPathways.PathwayGraphQL.Outcomes;
using LtiPathways.Rubrics;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.PathwayGraphQL.Modules;

/// <summary>An institution's modules: the list with the viewer's own progress, and a coordinator adding or editing one as JSON.</summary>
public sealed class ModuleCatalogue(PathwaysDbContext db, TimeProvider clock)
{
    public async Task<ValueList<ModuleRow>> ListAsync(Viewer viewer, CancellationToken cancellationToken = default)
    {
        var modules = await ModuleAccess.ModulesOf(db, ModuleAccess.InstitutionOf(viewer)).AsNoTracking().OrderBy(m => m.Title)
            .Select(m => new { m.Id, m.ModuleJson, Work = db.ModuleEnrolments.Where(e => e.ModuleId == m.Id && e.StudentUserId == viewer.PersonId).Select(e => e.WorkJson).FirstOrDefault() })
            .ToListAsync(cancellationToken);
        return modules.Select(m => (Module: ModuleJson.Read(m.ModuleJson).Value, m.Work)).Where(m => m.Module is not null)
            .Select(m => new ModuleRow(new ModuleProgress(m.Module!, m.Work is null ? ModuleWork.Empty : ModuleJson.ReadWork(m.Work))))
            .ToValueList();
    }

    /// <summary>The module's JSON as stored, for its edit form.</summary>
    public async Task<Outcome<string>> JsonAsync(Viewer viewer, string key, CancellationToken cancellationToken = default)
    {
        if (!await ModuleAccess.KeepsModulesAsync(db, viewer, cancellationToken))
        {
            return ModuleAccess.NotKeeper;
        }
        var found = await ModuleAccess.FindAsync(db, viewer, key, cancellationToken);
        return found.Succeeded ? ModuleJson.Write(found.Value.Module) : found.Refusal;
    }

    /// <summary>Adds the module, or replaces the one with its key; work students did on steps that keep their ids still counts.</summary>
    public async Task<Outcome<CteModule>> SaveAsync(Viewer viewer, string json, CancellationToken cancellationToken = default)
    {
        if (!await ModuleAccess.KeepsModulesAsync(db, viewer, cancellationToken))
        {
            return ModuleAccess.NotKeeper;
        }
        var read = ModuleJson.Read(json);
        if (read.Value is not { } module)
        {
            return Refusal.Invalid(read.Problems);
        }
        var row = await ModuleAccess.ModulesOf(db, ModuleAccess.InstitutionOf(viewer)).SingleOrDefaultAsync(m => m.Key == module.Key, cancellationToken);
        if (row is null)
        {
            row = new LearningModule
            {
                RegistrationId = viewer.RegistrationId, DeploymentId = viewer.DeploymentId, Key = module.Key, Title = module.Title, ModuleJson = "",
            };
            db.LearningModules.Add(row);
        }
        (row.Title, row.ModuleJson, row.UpdatedByUserId, row.UpdatedAt) = (module.Title, ModuleJson.Write(module), viewer.PersonId, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return module;
    }
}
