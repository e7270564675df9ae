namespace LtiPathways.LtiTool.Lti.Registration;

/// <summary>What an administrator may do to a registration.</summary>
public enum RegistrationAction
{
    /// <summary>Lets a dynamically registered platform launch (and enables it).</summary>
    Approve,
    Disable,
    Enable,
}
