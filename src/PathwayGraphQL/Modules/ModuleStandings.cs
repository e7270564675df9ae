using LtiPathways.PathwayGraphQL.Access;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Pathways.Rules;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.PathwayGraphQL.Modules;

/// <summary>
/// Where students stand in every module of their institution, for the plan's evaluation: two statements whatever the
/// number of students (the modules, then their enrolments). A student who has not opened a module stands at 0 steps.
/// </summary>
public static class ModuleStandings
{
    public static async Task<IReadOnlyDictionary<string, ModuleStanding>> OfAsync(
        PathwaysDbContext db, Institution institution, Guid student, CancellationToken cancellationToken = default) =>
        (await OfAsync(db, institution, [student], cancellationToken))[student];

    public static async Task<IReadOnlyDictionary<Guid, IReadOnlyDictionary<string, ModuleStanding>>> OfAsync(
        PathwaysDbContext db, Institution institution, IReadOnlyCollection<Guid> students, CancellationToken cancellationToken = default)
    {
        var modules = await ModuleAccess.ModulesOf(db, institution).AsNoTracking()
            .Select(m => new { m.Id, m.ModuleJson }).ToListAsync(cancellationToken);
        var read = modules.Select(m => (m.Id, Module: ModuleJson.Read(m.ModuleJson).Value)).Where(m => m.Module is not null).ToList();
        var ids = read.Select(m => m.Id).ToList();
        // For a caseload or a dashboard, one read of the modules' enrolments beats a list of thousands of ids.
        var enrolments = ids.Count == 0 || students.Count == 0 ? []
            : await db.ModuleEnrolments.AsNoTracking()
                .Where(e => ids.Contains(e.ModuleId) && (students.Count > 50 || students.Contains(e.StudentUserId)))
                .Select(e => new { e.ModuleId, e.StudentUserId, e.WorkJson, e.CompletedAt, e.UpdatedAt }).ToListAsync(cancellationToken);
        var byStudent = enrolments.ToLookup(e => e.StudentUserId);
        return students.Distinct().ToDictionary(student => student, student => (IReadOnlyDictionary<string, ModuleStanding>)read.ToDictionary(
            m => m.Module!.Key,
            m => byStudent[student].FirstOrDefault(e => e.ModuleId == m.Id) is { } e
                ? Standing(new ModuleProgress(m.Module!, ModuleJson.ReadWork(e.WorkJson)), e.CompletedAt ?? e.UpdatedAt)
                : Standing(new ModuleProgress(m.Module!, ModuleWork.Empty), null)));
    }

    public static ModuleStanding Standing(ModuleProgress progress, DateTime? lastChange) => new(
        progress.Module.Key, progress.Module.Title, progress.Done, progress.Total, progress.Next?.Title,
        progress.Module.Steps.Any(s => progress.StateOf(s) == StepState.WaitingForMark),
        progress.Completed && lastChange is { } at ? DateOnly.FromDateTime(at) : null);
}
