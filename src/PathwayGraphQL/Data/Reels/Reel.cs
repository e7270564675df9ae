namespace LtiPathways.PathwayGraphQL.Data.Reels;

/// <summary>
/// A student's conference reel: their own evidence in the order they present it, one per plan. It is kept beside the
/// plan rather than in its versions, since arranging a presentation is not a change to what the plan records.
/// </summary>
public class Reel
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid RegistrationId { get; set; }
    public Guid DeploymentId { get; set; }
    public Guid PlanId { get; set; }
    public Guid StudentUserId { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    public List<ReelSlide> Slides { get; set; } = [];
}
