namespace LtiPathways.PathwayGraphQL.Data.Grading;

public enum ScoreDeliveryStatus
{
    Queued,
    Sent,
    Failed,

    /// <summary>A newer score for the same line item and user was sent first, so this one no longer matters.</summary>
    Superseded,
}
