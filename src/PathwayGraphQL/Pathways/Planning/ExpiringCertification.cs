namespace LtiPathways.PathwayGraphQL.Pathways.Planning;

/// <summary>A student's certification expiring soon, with the plan it is recorded in.</summary>
public sealed record ExpiringCertification(Guid StudentUserId, string StudentName, Guid PlanId, CertificationReminder Reminder);
