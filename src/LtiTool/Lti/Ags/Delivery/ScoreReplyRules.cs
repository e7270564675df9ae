namespace LtiPathways.LtiTool.Lti.Ags.Delivery;

/// <summary>Reads a platform's answer to a score post: delivered, worth retrying, or refused for good.</summary>
public static class ScoreReplyRules
{
    /// <param name="retried">True when an earlier attempt may have reached the platform without us seeing the answer.</param>
    public static DeliveryVerdict Judge(ServiceReply reply, bool retried)
    {
        var status = reply.StatusCode;
        if (reply.IsSuccess)
        {
            return DeliveryVerdict.Sent;
        }

        // Checklist D.28/D.32: Moodle answers 409 and Canvas 400 to a timestamp it already has; on a retry that means our earlier try landed.
        if (retried && (status == 409 || (status == 400 && reply.Body.Contains("timestamp", StringComparison.OrdinalIgnoreCase))))
        {
            return DeliveryVerdict.Sent;
        }

        return status switch
        {
            429 => new(DeliveryOutcome.Retry, "The LMS asked LtiPathways to slow down (429); it will try again.", status, reply.RetryAt),
            408 or >= 500 => new(DeliveryOutcome.Retry, $"The LMS was unavailable ({status}); it will try again.", status, reply.RetryAt),
            401 => Failed("The LMS refused LtiPathways' access token (401); an administrator should check the tool's registration.", status),
            403 => Failed("The LMS does not let LtiPathways send grades to this gradebook column (403).", status),
            404 => Failed("The gradebook column no longer exists in the LMS (404).", status),
            409 => Failed("The LMS already holds a newer score for this student (409).", status),
            422 => Failed("The LMS would not take a grade for this person; they may not be a student there (422).", status),
            _ => Failed($"The LMS refused the score ({status}){(reply.Body.Length > 0 ? ": " + Excerpt(reply.Body) : ".")}", status),
        };
    }

    private static DeliveryVerdict Failed(string reason, int status) => new(DeliveryOutcome.Failed, reason, status);

    private static string Excerpt(string body) => body.Length <= 300 ? body : body[..300] + "…";
}
