using LtiPathways.PathwayGraphQL.Access;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Pathways;
using LtiPathways.PathwayGraphQL.Outcomes;
using LtiPathways.PathwayGraphQL.Partnerships;
using LtiPathways.PathwayGraphQL.Pathways.Planning;
using LtiPathways.PathwayGraphQL.Pathways.Rules;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.PathwayGraphQL.Dashboards;

/// <summary>
/// Every CP and CTE student of the coordinator's institution (issue 15, item 6), read from the stored evaluation
/// summaries (<see cref="PlanSummaries"/>): filtering, counting and paging happen in SQL, so the number of statements
/// and the time stay flat however many students there are. Only the institution's coordinators may read it.
/// </summary>
public sealed class CoordinatorDashboard(PathwaysDbContext db, PlanSummaries summaries, AgreementReminders reminders, TimeProvider clock)
{
    public static readonly Refusal NotCoordinator = Refusal.Forbidden(
        "The dashboard is for the institution's coordinators; advisors find their students on the caseload.");

    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public async Task<Outcome<DashboardView>> ViewAsync(Viewer viewer, DashboardFilter filter, CancellationToken cancellationToken = default)
    {
        if (await PartnershipAccess.RefuseAsync(db, viewer, cancellationToken) is not null)
        {
            return NotCoordinator;
        }
        var institution = PartnershipAccess.InstitutionOf(viewer);
        await summaries.RefreshStaleAsync(institution, cancellationToken);
        var filtered = Filtered(institution, filter);
        var total = await filtered.CountAsync(cancellationToken);
        var page = await RowsAsync(filtered.Skip((filter.Page - 1) * DashboardFilter.PageSize).Take(DashboardFilter.PageSize), cancellationToken);
        return new DashboardView(
            filter, new ListPage<DashboardRow>(page, total), await TotalsAsync(institution, cancellationToken), await ChoicesAsync(institution, cancellationToken),
            await reminders.DueAsync(institution, cancellationToken), await PartnershipHealthAsync(institution, cancellationToken), Today);
    }

    /// <summary>Every student the filters keep, in the page's order: what a CSV export of the view writes.</summary>
    public async Task<Outcome<IReadOnlyList<DashboardRow>>> AllAsync(Viewer viewer, DashboardFilter filter, CancellationToken cancellationToken = default)
    {
        if (await PartnershipAccess.RefuseAsync(db, viewer, cancellationToken) is not null)
        {
            return NotCoordinator;
        }
        var institution = PartnershipAccess.InstitutionOf(viewer);
        await summaries.RefreshStaleAsync(institution, cancellationToken);
        return Outcome<IReadOnlyList<DashboardRow>>.Of(await RowsAsync(Filtered(institution, filter), cancellationToken));
    }

    /// <summary>
    /// One slice of the filtered students, in the page's order, for a reader already allowed the institution's dashboard
    /// (the API's connection pages by offset and size rather than by the page's numbers).
    /// </summary>
    public async Task<ListPage<DashboardRow>> SliceAsync(Institution institution, DashboardFilter filter, int offset, int size, CancellationToken cancellationToken = default)
    {
        await summaries.RefreshStaleAsync(institution, cancellationToken);
        var filtered = Filtered(institution, filter);
        return new ListPage<DashboardRow>(await RowsAsync(filtered.Skip(offset).Take(size), cancellationToken), await filtered.CountAsync(cancellationToken));
    }

    private IQueryable<PlanSummary> OfInstitution(Institution institution) =>
        db.PlanSummaries.AsNoTracking().Where(s => s.RegistrationId == institution.RegistrationId && s.DeploymentId == institution.DeploymentId);

    private IOrderedQueryable<PlanSummary> Filtered(Institution institution, DashboardFilter filter)
    {
        var (rows, expiring) = (OfInstitution(institution), Today.AddDays(DashboardFilter.CertificationWindowDays));
        if (filter.Cohort is { } cohort)
        {
            rows = rows.Where(s => s.Cohort == cohort);
        }
        if (filter.Template is { } template)
        {
            rows = rows.Where(s => s.TemplateKey == template);
        }
        if (filter.Provider is { } provider)
        {
            rows = rows.Where(s => s.Provider == provider);
        }
        rows = filter.Risk switch
        {
            DashboardRisk.AtRisk => rows.Where(s => s.Overall == RequirementStatus.AtRisk),
            DashboardRisk.Missing => rows.Where(s => s.Overall == RequirementStatus.Missing),
            DashboardRisk.OnTrack => rows.Where(s => s.Overall == RequirementStatus.OnTrack),
            DashboardRisk.Complete => rows.Where(s => s.Overall == RequirementStatus.Met || s.Overall == RequirementStatus.Waived),
            DashboardRisk.BehindPace => rows.Where(s => s.BehindPace),
            DashboardRisk.OverdueMilestones => rows.Where(s => s.OverdueMilestones > 0),
            DashboardRisk.CertificationExpiring => rows.Where(s => s.CertificationExpiresOn != null && s.CertificationExpiresOn <= expiring),
            _ => rows,
        };
        // Worst first, then by name: the order the caseload's "status" sort uses.
        return rows.OrderBy(s => s.Overall).ThenBy(s => db.Users.Where(u => u.Id == s.StudentUserId).Select(u => u.Name).FirstOrDefault()).ThenBy(s => s.PlanId);
    }

    private async Task<List<DashboardRow>> RowsAsync(IQueryable<PlanSummary> summaries, CancellationToken cancellationToken)
    {
        var rows = await summaries
            .Select(s => new { Summary = s, Name = db.Users.Where(u => u.Id == s.StudentUserId).Select(u => u.Name).FirstOrDefault() })
            .ToListAsync(cancellationToken);
        return rows.Select(r => Row(r.Summary, r.Name ?? "")).ToList();
    }

    public static DashboardRow Row(PlanSummary s, string name) => new(
        s.StudentUserId, name, s.PlanId, s.TemplateName, s.Programme, s.Cohort, s.Provider, s.Overall, s.Requirements, s.Met, s.AtRisk, s.Missing,
        s.HoursLogged, s.HoursTarget, s.BehindPace, s.OverdueMilestones, s.NextDeadline, s.ExpiringCertification, s.CertificationExpiresOn,
        PlanSummaryFigures.Attention(s));

    private async Task<DashboardTotals> TotalsAsync(Institution institution, CancellationToken cancellationToken)
    {
        var expiring = Today.AddDays(DashboardFilter.CertificationWindowDays);
        var counts = await OfInstitution(institution).GroupBy(s => 1).Select(g => new
        {
            Plans = g.Count(),
            AtRisk = g.Count(s => s.Overall == RequirementStatus.AtRisk),
            Missing = g.Count(s => s.Overall == RequirementStatus.Missing),
            OnTrack = g.Count(s => s.Overall == RequirementStatus.OnTrack),
            BehindPace = g.Count(s => s.BehindPace),
            Overdue = g.Count(s => s.OverdueMilestones > 0),
            Certifications = g.Count(s => s.CertificationExpiresOn != null && s.CertificationExpiresOn <= expiring),
        }).SingleOrDefaultAsync(cancellationToken);
        var withoutPlan = await PlanScope.Of(db, institution).Students()
            .CountAsync(u => !db.Plans.Any(p => p.StudentUserId == u.Id && p.RegistrationId == institution.RegistrationId && p.DeploymentId == institution.DeploymentId), cancellationToken);
        return counts is null
            ? new DashboardTotals(0, 0, 0, 0, 0, 0, 0, 0, withoutPlan)
            : new DashboardTotals(counts.Plans, counts.AtRisk, counts.Missing, counts.OnTrack, counts.Plans - counts.AtRisk - counts.Missing - counts.OnTrack,
                counts.BehindPace, counts.Overdue, counts.Certifications, withoutPlan);
    }

    private async Task<DashboardChoices> ChoicesAsync(Institution institution, CancellationToken cancellationToken)
    {
        var kinds = await OfInstitution(institution).GroupBy(s => new { s.Cohort, s.TemplateKey, s.TemplateName, s.Provider }).Select(g => g.Key)
            .ToListAsync(cancellationToken);
        return new DashboardChoices(
            [.. kinds.Where(k => k.Cohort is not null).Select(k => k.Cohort!.Value).Distinct().OrderDescending()],
            [.. kinds.DistinctBy(k => k.TemplateKey).Select(k => new TemplateChoice(k.TemplateKey, k.TemplateName)).OrderBy(t => t.Name, StringComparer.CurrentCulture)],
            [.. kinds.Where(k => k.Provider is not null).Select(k => k.Provider!).Distinct().Order(StringComparer.CurrentCulture)]);
    }

    private async Task<IReadOnlyList<PartnershipHealth>> PartnershipHealthAsync(Institution institution, CancellationToken cancellationToken)
    {
        var providers = await PartnershipAccess.ProvidersOf(db, institution).AsNoTracking().OrderBy(p => p.Organisation)
            .Select(p => new
            {
                p.Id, p.Organisation, p.Status,
                Evaluation = db.ProviderEvaluations.Where(e => e.ProviderId == p.Id).OrderByDescending(e => e.EvaluatedAt).Select(e => (decimal?)e.Percentage).FirstOrDefault(),
                Expires = db.PartnershipAgreements.Where(a => a.ProviderId == p.Id).OrderByDescending(a => a.ExpiresOn).Select(a => (DateOnly?)a.ExpiresOn).FirstOrDefault(),
                Reviews = db.AnnualReviews.Where(r => r.ProviderId == p.Id).OrderByDescending(r => r.Year).Take(2).ToList(),
                Students = OfInstitution(institution).Count(s => s.Provider == p.Organisation),
            })
            .ToListAsync(cancellationToken);
        return [.. providers.Select(p => p.Reviews is [var latest, ..]
            ? new PartnershipHealth(p.Id, p.Organisation, p.Status, p.Evaluation, p.Expires, latest.Year, latest.CompletionPercent,
                p.Reviews is [_, var before] ? latest.CompletionPercent - before.CompletionPercent : null, p.Students)
            : new PartnershipHealth(p.Id, p.Organisation, p.Status, p.Evaluation, p.Expires, null, null, null, p.Students))];
    }
}
