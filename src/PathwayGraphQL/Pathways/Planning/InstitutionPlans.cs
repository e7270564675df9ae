using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Pathways.Rules;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.PathwayGraphQL.Pathways.Planning;

/// <summary>
/// An institution's plans and students as one reader may see them (<see cref="PlanScope"/>), a page at a time, each plan
/// evaluated for today by <see cref="PlanEvaluations"/>: a fixed number of statements whatever the number of students.
/// A status filter needs every visible plan evaluated (the status is computed, not stored), then the page is cut.
/// </summary>
public sealed class InstitutionPlans(PathwaysDbContext db, TimeProvider clock)
{
    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    /// <summary>Plans by student name; with statuses, only those whose worst status is one of them.</summary>
    public async Task<ListPage<EvaluatedPlan>> PlansAsync(
        PlanScope scope, IReadOnlyCollection<RequirementStatus>? statuses, int offset, int take, CancellationToken cancellationToken = default)
    {
        if (statuses is { Count: > 0 })
        {
            var matching = await FilteredAsync(scope, statuses, cancellationToken);
            return new(matching.Skip(offset).Take(take).ToList(), matching.Count);
        }

        var plans = scope.Plans();
        var total = await plans.CountAsync(cancellationToken);
        var ids = await plans.OrderBy(p => db.Users.Where(u => u.Id == p.StudentUserId).Select(u => u.Name).FirstOrDefault()).ThenBy(p => p.Id)
            .Skip(offset).Take(take).Select(p => p.Id).ToListAsync(cancellationToken);
        var evaluated = (await PlanEvaluations.OfAsync(db, scope.Institution, plans.Where(p => ids.Contains(p.Id)), Today, cancellationToken))
            .ToDictionary(p => p.Plan.PlanId);
        return new(ids.Select(id => evaluated[id]).ToList(), total);
    }

    /// <summary>Students by name, each with their plan (or none yet); with statuses, only students whose plan's worst status is one of them.</summary>
    public async Task<ListPage<StudentPlan>> StudentsAsync(
        PlanScope scope, IReadOnlyCollection<RequirementStatus>? statuses, int offset, int take, CancellationToken cancellationToken = default)
    {
        if (statuses is { Count: > 0 })
        {
            var matching = await FilteredAsync(scope, statuses, cancellationToken);
            var pageIds = matching.Skip(offset).Take(take).Select(p => p.Plan.StudentUserId).ToList();
            var people = await db.Users.AsNoTracking().Where(u => pageIds.Contains(u.Id))
                .ToDictionaryAsync(u => u.Id, u => (u.GivenName, u.FamilyName), cancellationToken);
            return new(matching.Skip(offset).Take(take)
                .Select(p => new StudentPlan(p.Plan.StudentUserId, p.StudentName, people[p.Plan.StudentUserId].GivenName, people[p.Plan.StudentUserId].FamilyName, p))
                .ToList(), matching.Count);
        }

        var students = scope.Students();
        var total = await students.CountAsync(cancellationToken);
        var page = await students.AsNoTracking().OrderBy(u => u.Name).ThenBy(u => u.Id).Skip(offset).Take(take)
            .Select(u => new { u.Id, u.Name, u.GivenName, u.FamilyName }).ToListAsync(cancellationToken);
        var ids = page.Select(s => s.Id).ToList();
        var plans = (await PlanEvaluations.OfAsync(db, scope.Institution, scope.Plans().Where(p => ids.Contains(p.StudentUserId)), Today, cancellationToken))
            .ToDictionary(p => p.Plan.StudentUserId);
        return new(page.Select(s => new StudentPlan(s.Id, s.Name, s.GivenName, s.FamilyName, plans.GetValueOrDefault(s.Id))).ToList(), total);
    }

    /// <summary>The plans of these ids the reader may see; the others are simply not there.</summary>
    public async Task<IReadOnlyDictionary<Guid, EvaluatedPlan>> ByIdAsync(PlanScope scope, IReadOnlyCollection<Guid> planIds, CancellationToken cancellationToken = default) =>
        (await PlanEvaluations.OfAsync(db, scope.Institution, scope.Plans().Where(p => planIds.Contains(p.Id)), Today, cancellationToken))
            .ToDictionary(p => p.Plan.PlanId);

    private async Task<List<EvaluatedPlan>> FilteredAsync(PlanScope scope, IReadOnlyCollection<RequirementStatus> statuses, CancellationToken cancellationToken) =>
        (await PlanEvaluations.OfAsync(db, scope.Institution, scope.Plans(), Today, cancellationToken))
            .Where(p => statuses.Contains(p.Evaluation.Overall))
            .OrderBy(p => p.StudentName, StringComparer.Ordinal).ThenBy(p => p.Plan.PlanId)
            .ToList();
}
