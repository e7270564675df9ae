namespace LtiPathways.LtiTool.Lti.Services;

/// <summary>Names of the HttpClients the tool uses to call platforms.</summary>
public static class PlatformHttpClients
{
    /// <summary>Token and service calls (NRPS): safe to retry.</summary>
    public const string Services = "platform-services";

    /// <summary>Dynamic registration: its POST creates a client, so it is never retried.</summary>
    public const string Registration = "platform-registration";
}
