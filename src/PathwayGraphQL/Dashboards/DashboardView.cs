using LtiPathways.PathwayGraphQL.Partnerships;
using LtiPathways.PathwayGraphQL.Pathways.Planning;

namespace LtiPathways.PathwayGraphQL.Dashboards;

/// <summary>The coordinator's dashboard: one page of filtered students, the institution's totals and what is due.</summary>
public sealed record DashboardView(
    DashboardFilter Filter, ListPage<DashboardRow> Students, DashboardTotals Totals, DashboardChoices Choices,
    IReadOnlyList<AgreementReminder> Agreements, IReadOnlyList<PartnershipHealth> Partnerships, DateOnly Today);
