using LtiPathways.PathwayGraphQL.Pathways.Rules;
using LtiPathways.PathwayGraphQL.Pathways.Templates;

namespace LtiPathways.PathwayGraphQL.Data.Pathways;

/// <summary>
/// A plan's evaluation as the dashboards read it, so a page over thousands of students filters and counts in SQL instead
/// of evaluating every plan. Written by <c>PlanSummaries</c> in the same transaction as each new plan version, and again
/// when the day, the template or a released result changes what the evaluator says (<see cref="PlanVersion"/>,
/// <see cref="EvaluatedOn"/> and <see cref="EvaluatedAt"/> tell a stale summary). Only ever the evaluator's output.
/// </summary>
public class PlanSummary
{
    public Guid PlanId { get; set; }
    public Guid RegistrationId { get; set; }
    public Guid DeploymentId { get; set; }
    public Guid StudentUserId { get; set; }
    public int PlanVersion { get; set; }
    public DateOnly EvaluatedOn { get; set; }
    public DateTime EvaluatedAt { get; set; }

    public required string TemplateKey { get; set; }
    public required string TemplateName { get; set; }
    public Programme Programme { get; set; }

    /// <summary>The year the student started the plan: the cohort the dashboards group and filter by.</summary>
    public int? Cohort { get; set; }

    /// <summary>The career-related study's provider, as the plan names it.</summary>
    public string? Provider { get; set; }

    public RequirementStatus Overall { get; set; }
    public int Requirements { get; set; }
    public int AtRisk { get; set; }
    public int Missing { get; set; }

    /// <summary>Requirements met or waived.</summary>
    public int Met { get; set; }

    /// <summary>Hours the hour-target requirements count, each up to its target, against the sum of those targets.</summary>
    public double HoursLogged { get; set; }
    public double HoursTarget { get; set; }

    /// <summary>An hour-target requirement is at risk: at the pace so far, its hours come after the deadline.</summary>
    public bool BehindPace { get; set; }

    public int OverdueMilestones { get; set; }
    public DateOnly? NextDeadline { get; set; }

    /// <summary>The certification that stops counting soonest, from the day evaluated on.</summary>
    public string? ExpiringCertification { get; set; }
    public DateOnly? CertificationExpiresOn { get; set; }

    /// <summary>The sentences of the requirements at risk, then missing, as JSON.</summary>
    public string AttentionJson { get; set; } = "[]";

    /// <summary>The plan's next three steps (<c>NextSteps</c>), as JSON.</summary>
    public string NextStepsJson { get; set; } = "[]";

    public List<PlanYearFigure> Years { get; set; } = [];
}
