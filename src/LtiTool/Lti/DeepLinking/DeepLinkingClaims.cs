namespace LtiPathways.LtiTool.Lti.DeepLinking;

/// <summary>Names from LTI Deep Linking 2.0 (sections 4.4 and 4.5).</summary>
public static class DeepLinkingClaims
{
    private const string Base = "https://purl.imsglobal.org/spec/lti-dl/claim/";

    public const string Settings = Base + "deep_linking_settings";
    public const string ContentItems = Base + "content_items";
    public const string Data = Base + "data";
    public const string Message = Base + "msg";
    public const string ErrorMessage = Base + "errormsg";
    public const string ResponseMessageType = "LtiDeepLinkingResponse";
    public const string LtiResourceLinkType = "ltiResourceLink";
}
