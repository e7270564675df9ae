using LtiPathways.PathwayGraphQL.Data.Platforms;

namespace LtiPathways.LtiTool.Lti.Services;

/// <summary>Names of the HttpClients the tool uses to call platforms.</summary>
public static class PlatformHttpClients
{
    /// <summary>Token and service calls (NRPS) to platforms an operator entered: safe to retry.</summary>
    public const string Services = "platform-services";

    /// <summary>
    /// Dynamic registration and every later call to a platform registered that way: a stranger chose those addresses,
    /// so the client connects to public addresses only (<c>PublicAddressConnector</c>), follows no redirect and never retries.
    /// </summary>
    public const string PublicOnly = "platform-public-only";

    /// <summary>The client for calls to this platform's endpoints; <paramref name="operatorClient"/> when an operator entered them.</summary>
    public static string For(PlatformRegistration registration, string operatorClient) =>
        registration.Source == RegistrationSource.DynamicRegistration ? PublicOnly : operatorClient;
}
