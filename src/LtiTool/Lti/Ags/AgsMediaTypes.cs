namespace LtiPathways.LtiTool.Lti.Ags;

/// <summary>The media types of AGS 2.0 (sections 3.2, 3.3, 3.4); Moodle answers 400 to a score sent as anything else.</summary>
public static class AgsMediaTypes
{
    public const string LineItemContainer = "application/vnd.ims.lis.v2.lineitemcontainer+json";
    public const string LineItem = "application/vnd.ims.lis.v2.lineitem+json";
    public const string Score = "application/vnd.ims.lis.v1.score+json";
    public const string ResultContainer = "application/vnd.ims.lis.v2.resultcontainer+json";
}
