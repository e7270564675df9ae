namespace LtiPathways.LtiTool.Lti.Launch;

/// <summary>Where a valid launch goes next; implemented by the user-facing features so that Lti/ does not depend on them.</summary>
public interface ILaunchLanding
{
    Task<IResult> LandAsync(HttpContext context, ValidatedLaunch launch, ProvisionedLaunch provisioned, CancellationToken cancellationToken);
}
