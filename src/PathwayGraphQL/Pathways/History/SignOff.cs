namespace LtiPathways.PathwayGraphQL.Pathways.History;

/// <summary>
/// Someone's signature on one version of a plan. A parent without an account signs with a typed name, so
/// <see cref="PersonId"/> may be empty; the signature stays with its version when the plan changes.
/// </summary>
public sealed record SignOff(int VersionNumber, SignOffRole Role, Guid? PersonId, string Name, DateTimeOffset SignedAt)
{
    /// <summary>Whether the signature is on the plan as it stands now.</summary>
    public bool IsCurrent(int currentVersion) => VersionNumber == currentVersion;

    /// <summary>"Signed by Ada Park (advisor) on 3 Dec 2026 for version 3; the plan has changed since (now version 5)."</summary>
    public string Describe(int currentVersion)
    {
        var signed = $"Signed by {Name} ({RoleName}) on {PlanDiff.Day(DateOnly.FromDateTime(SignedAt.UtcDateTime))}";
        return IsCurrent(currentVersion)
            ? $"{signed}, for this version ({VersionNumber})."
            : $"{signed} for version {VersionNumber}; the plan has changed since (now version {currentVersion}).";
    }

    private string RoleName => Role switch
    {
        SignOffRole.Student => "student",
        SignOffRole.Advisor => "advisor or coordinator",
        SignOffRole.ParentOrGuardian => "parent or guardian",
        _ => "mentor",
    };
}
