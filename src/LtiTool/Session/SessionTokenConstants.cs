namespace LtiPathways.LtiTool.Session;

public static class SessionTokenConstants
{
    public const string Scheme = "LtiSession";
    public const string Issuer = "ltipathways";
    public const string Audience = "ltipathways-session";
    public const string FormField = "session_token";
    public const string QueryParameter = "session";
    public const string Cookie = "lti_session";
    public const string RenewedHeader = "X-Session-Token";
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(30);
    public static readonly TimeSpan RenewAfter = TimeSpan.FromMinutes(5);
}
