namespace LtiPathways.LtiTool.Lti.Nrps;

/// <summary>Every member the platform listed over all pages, and the context id it reported (may differ from the launch's).</summary>
public record MembershipRoster(string? ContextId, IReadOnlyList<NrpsMember> Members, int Pages);
