namespace LtiPathways.LtiTool.Lti.Launch;

/// <summary>Claim names of LTI 1.3 Core (section 5.3, 5.4) and its services.</summary>
public static class LtiClaims
{
    private const string Base = "https://purl.imsglobal.org/spec/lti/claim/";

    public const string MessageType = Base + "message_type";
    public const string Version = Base + "version";
    public const string DeploymentId = "https://purl.imsglobal.org/spec/lti/claim/deployment_id";
    public const string TargetLinkUri = Base + "target_link_uri";
    public const string ResourceLink = Base + "resource_link";
    public const string Roles = Base + "roles";
    public const string RoleScopeMentor = Base + "role_scope_mentor";
    public const string Context = Base + "context";
    public const string ToolPlatform = Base + "tool_platform";
    public const string Custom = Base + "custom";
    public const string LaunchPresentation = Base + "launch_presentation";
    public const string ForUser = Base + "for_user";
    public const string DeepLinkingSettings = "https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings";
    public const string AssignmentAndGradeService = "https://purl.imsglobal.org/spec/lti-ags/claim/endpoint";
    public const string NamesAndRoleService = "https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice";
}
