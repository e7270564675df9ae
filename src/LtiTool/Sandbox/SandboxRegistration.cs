using LtiPathways.LtiTool.Lti;
using LtiPathways.LtiTool.Lti.Platforms;
using LtiPathways.PathwayGraphQL.Data.Platforms;

namespace LtiPathways.LtiTool.Sandbox;

/// <summary>Registers the sandbox platform with the tool for the addresses it is being used on.</summary>
public class SandboxRegistration(PlatformRegistry registry)
{
    public Task<PlatformRegistration> EnsureAsync(SandboxAddresses addresses, CancellationToken cancellationToken) =>
        registry.UpsertAsync(new PlatformOptions
        {
            Issuer = SandboxPlatform.Issuer,
            ClientId = SandboxPlatform.ClientId,
            Name = "Sandbox platform",
            AuthorizationEndpoint = addresses.AuthorizationEndpoint,
            TokenEndpoint = addresses.TokenEndpoint,
            JwksUri = addresses.JwksUri,
            DeploymentIds = [SandboxPlatform.DeploymentId, SandboxPlatform.SecondDeploymentId],
        }, RegistrationSource.Sandbox, cancellationToken);
}
