namespace LtiPathways.LtiTool.Lti.Nrps;

/// <summary>One member of a context as NRPS 2.0 lists it (section 2.2); only user_id and roles are required.</summary>
public record NrpsMember(
    string UserId,
    IReadOnlyList<string> Roles,
    string Status,
    string? Name,
    string? GivenName,
    string? FamilyName,
    string? Email)
{
    /// <summary>NRPS 2.0 section 2.2: status defaults to Active; Inactive and Deleted members are no longer taking part.</summary>
    public bool IsActive => string.Equals(Status, "Active", StringComparison.OrdinalIgnoreCase);
}
