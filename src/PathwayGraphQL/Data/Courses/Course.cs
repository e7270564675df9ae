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
    public List<CourseMembership> Members { get; set; } = [];
    public List<ResourceLink> ResourceLinks { get; set; } = [];
}
