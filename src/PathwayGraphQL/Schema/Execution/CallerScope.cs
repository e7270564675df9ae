using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Courses;

namespace LtiPathways.PathwayGraphQL.Schema.Execution;

/// <summary>
/// What a caller may see, as queries every resolver starts from, so no resolver scopes by itself: a person sees the
/// courses of their institution they belong to (as the pages do) and, where they teach, those courses' people; an API
/// token sees its institution's courses and people.
/// </summary>
public static class CallerScope
{
    public static IQueryable<Course> Courses(this PathwaysDbContext db, GraphQLCaller caller)
    {
        var (registration, deployment) = (caller.Institution.RegistrationId, caller.Institution.DeploymentId);
        var institutionCourses = db.Courses.Where(c => c.DeploymentId == deployment && c.Deployment!.RegistrationId == registration);
        if (caller.Person is not { } person)
        {
            return institutionCourses;
        }

        var personId = person.PersonId;
        return institutionCourses.Where(c => c.Members.Any(m => m.UserId == personId));
    }

    /// <summary>Courses whose people the caller may list: those they teach (or more), or all of an API token's.</summary>
    public static IQueryable<Course> RosterCourses(this PathwaysDbContext db, GraphQLCaller caller)
    {
        if (caller.Person is not { } person)
        {
            return db.Courses(caller);
        }

        var personId = person.PersonId;
        return db.Courses(caller).Where(c => c.Members.Any(m => m.UserId == personId && CourseRoles.Staff.Contains(m.Role)));
    }

    /// <summary>People the caller may see: themselves, and the active members of the courses whose roster they may list.</summary>
    public static IQueryable<LtiUser> People(this PathwaysDbContext db, GraphQLCaller caller)
    {
        var registration = caller.Institution.RegistrationId;
        var self = caller.Person?.PersonId;
        var rosters = db.RosterCourses(caller);
        return db.Users.Where(u => u.RegistrationId == registration
            && (u.Id == self || db.Memberships.Any(m => m.UserId == u.Id && m.Active && rosters.Any(c => c.Id == m.CourseId))));
    }
}
