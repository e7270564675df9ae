namespace LtiPathways.LtiTool.Lti.Ags.Delivery;

public enum DeliveryOutcome
{
    Sent,
    Retry,
    Failed,

    /// <summary>Not attempted (the platform asked for a pause, or the lease was running out); tried again later without counting.</summary>
    Postponed,
}
