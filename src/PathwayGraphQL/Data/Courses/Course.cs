using LtiPathways.PathwayGraphQL.Data.Platforms;

namespace LtiPathways.PathwayGraphQL.Data.Courses;

/// <summary>An LTI context (usually a course section) seen through one deployment.</summary>
public class Course
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid DeploymentId { get; set; }
    public PlatformDeployment? Deployment { get; set; }
    public required string ContextId { get; set; }
    public string Title { get; set; } = "";
    public string? Label { get; set; }

    /// <summary>AGS line item container URL from the latest launch (the platform may move it).</summary>
    public string? LineItemsUrl { get; set; }

    /// <summary>The AGS scopes the platform offered in the latest launch, space separated.</summary>
    public string ServiceScopes { get; set; } = "";

    /// <summary>NRPS context_memberships_url from the latest launch.</summary>
    public string? MembershipsUrl { get; set; }

    public DateTime? RosterSyncedAt { get; set; }
    public List<CourseMembership> Members { get; set; } = [];
    public List<ResourceLink> ResourceLinks { get; set; } = [];
}
