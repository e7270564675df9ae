using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Pathways;
using LtiPathways.PathwayGraphQL.Pathways.Rules;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.PathwayGraphQL.Pathways.Planning;

/// <summary>
/// An institution's plans and students as one reader may see them (<see cref="PlanScope"/>), a page at a time, each plan
/// evaluated for today by <see cref="PlanEvaluations"/>: a fixed number of statements whatever the number of students.
/// A status filter reads the stored summaries (<see cref="PlanSummaries"/>, brought up to date first), so only the page's
/// plans are evaluated, not every plan of the institution.
/// </summary>
public sealed class InstitutionPlans(PathwaysDbContext db, TimeProvider clock)
{
    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    /// <summary>Plans by student name; with statuses, only those whose worst status is one of them.</summary>
    public async Task<ListPage<EvaluatedPlan>> PlansAsync(
        PlanScope scope, IReadOnlyCollection<RequirementStatus>? statuses, int offset, int take, CancellationToken cancellationToken = default)
    {
        var plans = statuses is { Count: > 0 } ? await WithStatusAsync(scope, statuses, cancellationToken) : scope.Plans();
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
        var students = scope.Students();
        if (statuses is { Count: > 0 })
        {
            var withStatus = await WithStatusAsync(scope, statuses, cancellationToken);
            students = students.Where(u => withStatus.Any(p => p.StudentUserId == u.Id));
        }
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

    /// <summary>The visible plans whose worst status today is one of these, as the summaries, refreshed first, say.</summary>
    private async Task<IQueryable<PathwayPlan>> WithStatusAsync(PlanScope scope, IReadOnlyCollection<RequirementStatus> statuses, CancellationToken cancellationToken)
    {
        await new PlanSummaries(db, clock).RefreshStaleAsync(scope.Institution, cancellationToken);
        var wanted = statuses.ToList();
        return scope.Plans().Where(p => db.PlanSummaries.Any(s => s.PlanId == p.Id && wanted.Contains(s.Overall)));
    }
}
