namespace LtiPathways.LtiTool.Lti.Launch;

public static class LtiMessageTypes
{
    public const string ResourceLink = "LtiResourceLinkRequest";
    public const string DeepLinking = "LtiDeepLinkingRequest";
    public const string SubmissionReview = "LtiSubmissionReviewRequest";

    public static readonly IReadOnlySet<string> Supported = new HashSet<string>(StringComparer.Ordinal)
    {
        ResourceLink, DeepLinking, SubmissionReview,
    };
}
