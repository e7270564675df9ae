using LtiPathways.PathwayGraphQL.Access;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Outcomes;
using LtiPathways.PathwayGraphQL.Partnerships;
using LtiPathways.PathwayGraphQL.Pathways.Planning;
using LtiPathways.PathwayGraphQL.Pathways.Rules;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.PathwayGraphQL.Dashboards;

/// <summary>
/// Whether the programme works, year over year (issue 15, item 6): cohort completion and the yearly figures summed in SQL
/// from the stored evaluation summaries, and every partnership's annual scorecards. For the institution's coordinators.
/// </summary>
public sealed class ImpactOverTime(PathwaysDbContext db, PlanSummaries summaries)
{
    public async Task<Outcome<ImpactView>> ViewAsync(Viewer viewer, CancellationToken cancellationToken = default)
    {
        if (await PartnershipAccess.RefuseAsync(db, viewer, cancellationToken) is not null)
        {
            return CoordinatorDashboard.NotCoordinator;
        }
        return await OfAsync(PartnershipAccess.InstitutionOf(viewer), cancellationToken);
    }

    /// <summary>The institution's figures, for a reader already allowed them (a coordinator, or the API's token of the institution).</summary>
    public async Task<ImpactView> OfAsync(Institution institution, CancellationToken cancellationToken = default)
    {
        await summaries.RefreshStaleAsync(institution, cancellationToken);
        var plans = db.PlanSummaries.AsNoTracking().Where(s => s.RegistrationId == institution.RegistrationId && s.DeploymentId == institution.DeploymentId);
        var cohorts = await plans.Where(s => s.Cohort != null).GroupBy(s => s.Cohort!.Value)
            .Select(g => new CohortCompletion(g.Key, g.Count(), g.Count(s => s.Overall == RequirementStatus.Met || s.Overall == RequirementStatus.Waived),
                g.Sum(s => s.Met), g.Sum(s => s.Requirements)))
            .ToListAsync(cancellationToken);
        var years = await db.PlanYearFigures.AsNoTracking().Where(y => plans.Any(s => s.PlanId == y.PlanId)).GroupBy(y => y.Year)
            .Select(g => new { Year = g.Key, Certifications = g.Sum(y => y.Certifications), Community = g.Sum(y => y.CommunityHours), WorkBased = g.Sum(y => y.WorkBasedHours) })
            .ToListAsync(cancellationToken);
        var reviews = await (
            from provider in PartnershipAccess.ProvidersOf(db, institution)
            join review in db.AnnualReviews on provider.Id equals review.ProviderId
            select new { provider.Organisation, Review = review }).AsNoTracking().ToListAsync(cancellationToken);
        return new ImpactView(
            [.. cohorts.OrderBy(c => c.Cohort)],
            [.. years.OrderBy(y => y.Year).Select(y => new YearFigures(y.Year, y.Certifications, Math.Round((decimal)y.Community, 1), Math.Round((decimal)y.WorkBased, 1)))],
            [.. reviews.GroupBy(r => r.Organisation).OrderBy(g => g.Key, StringComparer.CurrentCulture)
                .Select(g => new ProviderScorecards(g.Key, ScorecardTrend.Of(g.Select(r => r.Review))))]);
    }
}
