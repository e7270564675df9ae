using LtiPathways.PathwayGraphQL.Access;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Outcomes;
using LtiPathways.Rubrics;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.PathwayGraphQL.Pathways.Planning;

/// <summary>
/// Certifications expiring within some days across the plans a reader may see (a coordinator: the whole institution;
/// an advisor: their caseload), soonest first. One statement: the current versions of those plans with students' names.
/// </summary>
public sealed class ExpiringCertifications(PathwaysDbContext db, TimeProvider clock)
{
    public async Task<Outcome<ValueList<ExpiringCertification>>> WithinAsync(Viewer viewer, int days, CancellationToken cancellationToken = default) =>
        days is < 0 or > 3650
            ? Refusal.Invalid("Ask for certifications expiring within 0 to 3,650 days.")
            : await WithinAsync(await PlanScope.OfAsync(db, viewer, cancellationToken), days, cancellationToken);

    /// <summary>For a dashboard that has its scope already: a coordinator's is the institution, <see cref="PlanScope.Of"/>.</summary>
    public async Task<ValueList<ExpiringCertification>> WithinAsync(PlanScope scope, int days, CancellationToken cancellationToken = default)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var rows = await scope.Plans().AsNoTracking()
            .Join(db.PlanVersions, p => new { PlanId = p.Id, Number = p.CurrentVersion }, v => new { v.PlanId, v.Number },
                (p, v) => new { p.Id, p.StudentUserId, Version = v, Student = db.Users.Where(u => u.Id == p.StudentUserId).Select(u => u.Name).FirstOrDefault() })
            .ToListAsync(cancellationToken);
        return rows
            .SelectMany(r => CertificationReminders.Within(PlanVersions.Document(r.Version), today, days)
                .Select(reminder => new ExpiringCertification(r.StudentUserId, r.Student ?? "", r.Id, reminder)))
            .OrderBy(e => e.Reminder.DaysLeft).ThenBy(e => e.StudentName, StringComparer.Ordinal)
            .ToValueList();
    }
}
