namespace LtiPathways.LtiTool.Lti.Launch;

/// <summary>Exactly one of: a valid launch, a refusal, or a request to read the browser secret from platform storage first.</summary>
public record LaunchOutcome(ValidatedLaunch? Launch, LtiRejection? Rejection, StorageCheck? StorageCheck)
{
    public static implicit operator LaunchOutcome(LtiRejection rejection) => new(null, rejection, null);

    public static implicit operator LaunchOutcome(ValidatedLaunch launch) => new(launch, null, null);

    public static implicit operator LaunchOutcome(StorageCheck check) => new(null, null, check);
}
