namespace LtiPathways.LtiTool.Lti.Ags;

/// <summary>What a platform answered to a score: status, a body excerpt, and its throttling headers.</summary>
public record ServiceReply(int StatusCode, string Body, DateTimeOffset? RetryAt, int? RateLimitRemaining)
{
    public bool IsSuccess => StatusCode is >= 200 and < 300;
}
