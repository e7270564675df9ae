namespace LtiPathways.LtiTool.Lti.Nrps;

/// <summary>Filters for a membership request (NRPS 2.0 sections 2.3 and 3).</summary>
public record MembershipQuery(string? Role = null, string? ResourceLinkId = null, int? Limit = null)
{
    public static readonly MembershipQuery All = new();
}
