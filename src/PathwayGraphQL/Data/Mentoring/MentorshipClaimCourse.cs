using LtiPathways.PathwayGraphQL.Data.Courses;

namespace LtiPathways.PathwayGraphQL.Data.Mentoring;

/// <summary>
/// A course whose latest mentor launch named the mentee. Canvas lists only the observees of the launching course, so
/// a launch from one course must not end what another course's launches said.
/// </summary>
public class MentorshipClaimCourse
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid MentorshipId { get; set; }
    public Guid CourseId { get; set; }
    public Course? Course { get; set; }
    public DateTime SeenAt { get; set; }
}
