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

    /// <summary>The AGS line item the platform coupled to this link (the launch's <c>lineitem</c>).</summary>
    public string? LineItemUrl { get; set; }

    /// <summary>The tool's assignment this link opens, when it was placed by deep linking.</summary>
    public Guid? AssignmentId { get; set; }
}
