using LtiPathways.PathwayGraphQL.Data.Courses;

namespace LtiPathways.PathwayGraphQL.Data.Mentoring;

public static class MentorshipQueries
{
    /// <summary>
    /// The mentor's mentees the tool knows (launched or on a roster). Both sides are matched within the registration:
    /// the same <c>sub</c> on another platform is another person.
    /// </summary>
    public static IQueryable<LtiUser> MenteesOf(this PathwaysDbContext db, Guid registrationId, Guid mentorUserId) =>
        db.Users.Where(u => u.RegistrationId == registrationId
            && db.Mentorships.Any(m => m.RegistrationId == registrationId && m.MentorUserId == mentorUserId && m.MenteeSubject == u.Subject));
}
