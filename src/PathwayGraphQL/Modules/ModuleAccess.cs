using LtiPathways.PathwayGraphQL.Access;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Courses;
using LtiPathways.PathwayGraphQL.Data.Modules;
using LtiPathways.PathwayGraphQL.Outcomes;
using LtiPathways.PathwayGraphQL.Pathways.Planning;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.PathwayGraphQL.Modules;

/// <summary>
/// Modules belong to an institution: a key from another one is simply not found. Coordinators (launched as such or on
/// the coordinator list) and administrators keep them; a student works only on their own progress; a student's advisor,
/// coordinator or mentor reads it, and only an advisor or coordinator marks a practical task.
/// </summary>
public static class ModuleAccess
{
    public static readonly Refusal NoSuchModule = Refusal.NotFound("There is no such module at this school.");

    public static readonly Refusal NoSuchStudent = Refusal.NotFound("There is no such student, or their module work is not yours to see.");

    public static readonly Refusal NotKeeper = Refusal.Forbidden("Modules are kept by the school's coordinators; ask an administrator to add you to the coordinator list.");

    public static IQueryable<LearningModule> ModulesOf(PathwaysDbContext db, Institution institution) =>
        db.LearningModules.Where(m => m.RegistrationId == institution.RegistrationId && m.DeploymentId == institution.DeploymentId);

    public static Institution InstitutionOf(Viewer viewer) => new(viewer.RegistrationId, viewer.DeploymentId);

    public static async Task<bool> KeepsModulesAsync(PathwaysDbContext db, Viewer viewer, CancellationToken cancellationToken) =>
        viewer.Role >= CourseRole.Coordinator || await PlanAccess.IsCoordinatorAsync(db, viewer, cancellationToken);

    /// <summary>The module by key at the viewer's institution, with its row id.</summary>
    public static async Task<Outcome<(Guid Id, CteModule Module)>> FindAsync(PathwaysDbContext db, Viewer viewer, string key, CancellationToken cancellationToken)
    {
        var row = await ModulesOf(db, InstitutionOf(viewer)).AsNoTracking().Where(m => m.Key == key)
            .Select(m => new { m.Id, m.ModuleJson }).SingleOrDefaultAsync(cancellationToken);
        return row is not null && ModuleJson.Read(row.ModuleJson).Value is { } module ? (row.Id, module) : NoSuchModule;
    }
}
