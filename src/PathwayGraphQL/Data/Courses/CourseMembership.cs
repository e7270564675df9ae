namespace LtiPathways.PathwayGraphQL.Data.Courses;

public class CourseMembership
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid CourseId { get; set; }
    public Course? Course { get; set; }
    public Guid UserId { get; set; }
    public LtiUser? User { get; set; }

    /// <summary>The full role URIs the platform sent, space separated.</summary>
    public string Roles { get; set; } = "";

    public CourseRole Role { get; set; }
    public DateTime? LastLaunchAt { get; set; }

    /// <summary>False when the roster no longer lists the member; their work is kept.</summary>
    public bool Active { get; set; } = true;

    public DateTime? RosterSyncedAt { get; set; }
}
