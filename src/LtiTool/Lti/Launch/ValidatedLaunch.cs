using LtiPathways.PathwayGraphQL.Data.Platforms;

namespace LtiPathways.LtiTool.Lti.Launch;

/// <summary>A launch that passed every rule: who sent it, through which deployment, and what it says.</summary>
public record ValidatedLaunch(PlatformRegistration Registration, PlatformDeployment Deployment, LaunchMessage Message);
