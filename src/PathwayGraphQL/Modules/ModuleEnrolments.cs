using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Modules;
using LtiPathways.PathwayGraphQL.Outcomes;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.PathwayGraphQL.Modules;

/// <summary>Reads and saves one student's work in one module; callers have already decided who may.</summary>
public sealed class ModuleEnrolments(PathwaysDbContext db, TimeProvider clock)
{
    public DateTimeOffset Now => clock.GetUtcNow();

    public async Task<Outcome<StudentModule>> OfAsync(Guid moduleId, CteModule module, Guid studentUserId, CancellationToken cancellationToken)
    {
        var name = await db.Users.Where(u => u.Id == studentUserId).Select(u => u.Name).SingleOrDefaultAsync(cancellationToken);
        if (name is null)
        {
            return ModuleAccess.NoSuchStudent;
        }
        var work = await db.ModuleEnrolments.AsNoTracking().Where(e => e.ModuleId == moduleId && e.StudentUserId == studentUserId)
            .Select(e => e.WorkJson).SingleOrDefaultAsync(cancellationToken);
        return new StudentModule(studentUserId, name, module, new ModuleProgress(module, work is null ? ModuleWork.Empty : ModuleJson.ReadWork(work)));
    }

    public async Task<Outcome<StudentModule>> SaveAsync(Guid moduleId, StudentModule module, ModuleWork work, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var row = await db.ModuleEnrolments.SingleOrDefaultAsync(e => e.ModuleId == moduleId && e.StudentUserId == module.StudentUserId, cancellationToken);
        if (row is null)
        {
            row = new ModuleEnrolment { ModuleId = moduleId, StudentUserId = module.StudentUserId, WorkJson = "", StartedAt = now };
            db.ModuleEnrolments.Add(row);
        }
        else if (row.WorkJson != ModuleJson.Write(module.Progress.Work))
        {
            return Refusal.Conflict("Your work in this module changed in another window; reload the page and carry on from there.");
        }
        var progress = new ModuleProgress(module.Module, work);
        (row.WorkJson, row.StepsDone, row.UpdatedAt, row.Concurrency) = (ModuleJson.Write(work), progress.Done, now, Guid.NewGuid());
        row.CompletedAt = progress.Completed ? row.CompletedAt ?? now : null;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException) when (db.ChangeTracker.Entries<ModuleEnrolment>().Any())
        {
            db.ChangeTracker.Clear();
            return Refusal.Conflict("Your work in this module changed in another window; reload the page and carry on from there.");
        }
        return module with { Progress = progress };
    }
}
