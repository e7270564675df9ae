namespace LtiPathways.PathwayGraphQL.Data.Courses;

/// <summary>A placement of the tool in a course (a link, an assignment).</summary>
public class ResourceLink
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid CourseId { get; set; }
    public Course? Course { get; set; }
    public required string ResourceLinkId { get; set; }
    public string? Title { get; set; }
    public string? Description { get; set; }

    /// <summary>The launch's custom parameters (string to string) as JSON.</summary>
    public string CustomJson { get; set; } = "{}";
}
