using LtiPathways.PathwayGraphQL.Data.Courses;
using LtiPathways.PathwayGraphQL.Data.Platforms;

namespace LtiPathways.PathwayGraphQL.Data.Mentoring;

/// <summary>
/// A mentor (a parent, an advisor, a placement supervisor) and one student they may follow, both people of one
/// platform registration. The mentee is named by their <c>sub</c>, because the platform may name students who have
/// not launched yet; <see cref="MentorshipQueries.MenteesOf"/> finds the ones the tool knows.
/// </summary>
public class Mentorship
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid RegistrationId { get; set; }
    public PlatformRegistration? Registration { get; set; }
    public Guid MentorUserId { get; set; }
    public LtiUser? Mentor { get; set; }
    public required string MenteeSubject { get; set; }
    public MentorshipSource Source { get; set; }
    public DateTime UpdatedAt { get; set; }

    /// <summary>The courses whose launches named this mentee in the mentor's claim; a claim-made mentorship ends with the last.</summary>
    public List<MentorshipClaimCourse> ClaimCourses { get; set; } = [];
}
