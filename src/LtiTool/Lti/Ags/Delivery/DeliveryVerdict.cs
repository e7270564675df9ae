namespace LtiPathways.LtiTool.Lti.Ags.Delivery;

/// <summary>What became of one attempt to send a score, and the sentence a teacher sees when it did not arrive.</summary>
public record DeliveryVerdict(DeliveryOutcome Outcome, string? Reason = null, int? StatusCode = null, DateTimeOffset? NotBefore = null)
{
    public static readonly DeliveryVerdict Sent = new(DeliveryOutcome.Sent);
}
