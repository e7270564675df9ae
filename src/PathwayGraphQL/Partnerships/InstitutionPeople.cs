using LtiPathways.PathwayGraphQL.Access;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Courses;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.PathwayGraphQL.Partnerships;

/// <summary>The institution's students (for a pilot cohort) and staff (for the school liaison), as its courses know them.</summary>
public static class InstitutionPeople
{
    public static Task<List<PersonChoice>> StudentsAsync(PathwaysDbContext db, Institution institution, CancellationToken cancellationToken) =>
        Members(db, institution, m => m.Role == CourseRole.Student).ToListAsync(cancellationToken);

    public static Task<List<PersonChoice>> StaffAsync(PathwaysDbContext db, Institution institution, CancellationToken cancellationToken) =>
        Members(db, institution, m => CourseRoles.Staff.Contains(m.Role)).ToListAsync(cancellationToken);

    private static IQueryable<PersonChoice> Members(
        PathwaysDbContext db, Institution institution, System.Linq.Expressions.Expression<Func<CourseMembership, bool>> role) =>
        db.Users.AsNoTracking()
            .Where(u => u.RegistrationId == institution.RegistrationId
                && db.Memberships.Where(role).Any(m => m.UserId == u.Id && m.Active
                    && db.Courses.Any(c => c.Id == m.CourseId && c.DeploymentId == institution.DeploymentId)))
            .OrderBy(u => u.Name).ThenBy(u => u.Subject)
            .Select(u => new PersonChoice(u.Id, u.Name == "" ? u.Subject : u.Name));
}
