namespace LtiPathways.LtiTool.Lti.Platforms;

public enum DeploymentRemoval
{
    /// <summary>No course belonged to it, so it is gone.</summary>
    Deleted,

    /// <summary>Courses belong to it: they keep it, but it launches no more.</summary>
    Retired,
    NoRegistration,
    NoDeployment,
}
