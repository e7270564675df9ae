namespace LtiPathways.PathwayGraphQL.Data.Pathways;

/// <summary>
/// A student's career exploration at an institution (registration and deployment), kept across courses like their plan:
/// the inventory answers so far (a student may stop and continue), the skills self-rating, the pathways held side by
/// side, and the interest code once every activity is answered. Answers are JSON written by <c>CareerExplorationJson</c>.
/// </summary>
public class CareerExploration
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid RegistrationId { get; set; }
    public Guid DeploymentId { get; set; }
    public Guid StudentUserId { get; set; }
    public string InterestAnswersJson { get; set; } = "{}";
    public string SkillRatingsJson { get; set; } = "{}";
    public string HeldPathwaysJson { get; set; } = "[]";

    /// <summary>The three-letter code ("ISA") when every activity has an answer; null while the inventory is unfinished.</summary>
    public string? InterestCode { get; set; }

    public DateTime? InterestsCompletedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
}
