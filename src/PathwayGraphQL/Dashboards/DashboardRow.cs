using LtiPathways.PathwayGraphQL.Pathways.Rules;
using LtiPathways.PathwayGraphQL.Pathways.Templates;

namespace LtiPathways.PathwayGraphQL.Dashboards;

/// <summary>One student's plan as the dashboard lists it, read from its stored evaluation summary.</summary>
public sealed record DashboardRow(
    Guid StudentUserId, string Name, Guid PlanId, string TemplateName, Programme Programme, int? Cohort, string? Provider,
    RequirementStatus Overall, int Requirements, int Met, int AtRisk, int Missing, double HoursLogged, double HoursTarget, bool BehindPace,
    int OverdueMilestones, DateOnly? NextDeadline, string? ExpiringCertification, DateOnly? CertificationExpiresOn, IReadOnlyList<string> Attention);
