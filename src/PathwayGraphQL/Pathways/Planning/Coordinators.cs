using LtiPathways.PathwayGraphQL.Access;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Courses;
using LtiPathways.PathwayGraphQL.Data.Pathways;
using LtiPathways.PathwayGraphQL.Outcomes;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.PathwayGraphQL.Pathways.Planning;

/// <summary>
/// The institution's coordinator list (issue 13, item 6), kept by its administrators: those who launch with the Admin role,
/// as the admin pages decide. The command line acts for the operator and passes the institution directly.
/// </summary>
public class Coordinators(PathwaysDbContext db, TimeProvider time)
{
    public static readonly Refusal NotAdmin =
        Refusal.Forbidden("Only an LMS administrator, launching LtiPathways from the LMS, can manage the coordinators.");

    public static readonly Refusal NoSuchPerson =
        Refusal.NotFound("There is no such person at this institution; they appear here once they have launched LtiPathways.");

    public Task<Outcome<IReadOnlyList<CoordinatorRow>>> ListAsync(Viewer admin, CancellationToken cancellationToken = default) =>
        admin.Role == CourseRole.Admin ? ListAsync(InstitutionOf(admin), cancellationToken) : Task.FromResult<Outcome<IReadOnlyList<CoordinatorRow>>>(NotAdmin);

    public async Task<Outcome<IReadOnlyList<CoordinatorRow>>> ListAsync(Institution institution, CancellationToken cancellationToken = default)
    {
        var rows = await (
            from c in db.PathwayCoordinators.AsNoTracking()
            join u in db.Users on c.UserId equals u.Id
            where c.RegistrationId == institution.RegistrationId && c.DeploymentId == institution.DeploymentId
            orderby u.Name, u.Subject
            select new CoordinatorRow(u.Id, u.Subject, u.Name, u.Email, c.AddedAt)).ToListAsync(cancellationToken);
        return rows;
    }

    /// <summary>The institution's known staff (teachers and above in its courses) who are not coordinators yet.</summary>
    public async Task<Outcome<IReadOnlyList<CoordinatorRow>>> CandidatesAsync(Viewer admin, CancellationToken cancellationToken = default)
    {
        if (admin.Role != CourseRole.Admin)
        {
            return NotAdmin;
        }

        var rows = await db.Users.AsNoTracking()
            .Where(u => u.RegistrationId == admin.RegistrationId
                && db.Memberships.Any(m => m.UserId == u.Id && m.Active && CourseRoles.Staff.Contains(m.Role)
                    && db.Courses.Any(c => c.Id == m.CourseId && c.DeploymentId == admin.DeploymentId))
                && !db.PathwayCoordinators.Any(c => c.UserId == u.Id && c.RegistrationId == admin.RegistrationId && c.DeploymentId == admin.DeploymentId))
            .OrderBy(u => u.Name).ThenBy(u => u.Subject)
            .Select(u => new CoordinatorRow(u.Id, u.Subject, u.Name, u.Email, null))
            .ToListAsync(cancellationToken);
        return rows;
    }

    /// <summary>Adds a person of the admin's registration, named by their id here, their LMS subject or their e-mail.</summary>
    public Task<Outcome<CoordinatorRow>> AddAsync(Viewer admin, string person, CancellationToken cancellationToken = default) =>
        admin.Role == CourseRole.Admin
            ? AddAsync(InstitutionOf(admin), person, admin.PersonId, cancellationToken)
            : Task.FromResult<Outcome<CoordinatorRow>>(NotAdmin);

    public async Task<Outcome<CoordinatorRow>> AddAsync(Institution institution, string person, Guid? addedBy, CancellationToken cancellationToken = default)
    {
        if (await FindPersonAsync(institution, person, cancellationToken) is not { } user)
        {
            return NoSuchPerson;
        }

        if (await db.PathwayCoordinators.AnyAsync(
            c => c.RegistrationId == institution.RegistrationId && c.DeploymentId == institution.DeploymentId && c.UserId == user.Id, cancellationToken))
        {
            return Refusal.Conflict($"{Named(user)} is a coordinator already.");
        }

        var now = time.GetUtcNow().UtcDateTime;
        db.PathwayCoordinators.Add(new PathwayCoordinator
        {
            RegistrationId = institution.RegistrationId,
            DeploymentId = institution.DeploymentId,
            UserId = user.Id,
            AddedByUserId = addedBy,
            AddedAt = now,
        });
        await db.SaveChangesAsync(cancellationToken);
        return new CoordinatorRow(user.Id, user.Subject, user.Name, user.Email, now);
    }

    public Task<Outcome<CoordinatorRow>> RemoveAsync(Viewer admin, string person, CancellationToken cancellationToken = default) =>
        admin.Role == CourseRole.Admin
            ? RemoveAsync(InstitutionOf(admin), person, cancellationToken)
            : Task.FromResult<Outcome<CoordinatorRow>>(NotAdmin);

    public async Task<Outcome<CoordinatorRow>> RemoveAsync(Institution institution, string person, CancellationToken cancellationToken = default)
    {
        if (await FindPersonAsync(institution, person, cancellationToken) is not { } user)
        {
            return NoSuchPerson;
        }

        var entry = await db.PathwayCoordinators.SingleOrDefaultAsync(
            c => c.RegistrationId == institution.RegistrationId && c.DeploymentId == institution.DeploymentId && c.UserId == user.Id, cancellationToken);
        if (entry is null)
        {
            return Refusal.NotFound($"{Named(user)} is not a coordinator; nothing was changed.");
        }

        db.PathwayCoordinators.Remove(entry);
        await db.SaveChangesAsync(cancellationToken);
        return new CoordinatorRow(user.Id, user.Subject, user.Name, user.Email, entry.AddedAt);
    }

    private static Institution InstitutionOf(Viewer viewer) => new(viewer.RegistrationId, viewer.DeploymentId);

    private static string Named(LtiUser user) => string.IsNullOrWhiteSpace(user.Name) ? user.Subject : user.Name;

    private async Task<LtiUser?> FindPersonAsync(Institution institution, string person, CancellationToken cancellationToken)
    {
        var key = person.Trim();
        if (key.Length == 0)
        {
            return null;
        }

        var people = db.Users.Where(u => u.RegistrationId == institution.RegistrationId);
        if (Guid.TryParse(key, out var id) && await people.SingleOrDefaultAsync(u => u.Id == id, cancellationToken) is { } byId)
        {
            return byId;
        }

        if (await people.SingleOrDefaultAsync(u => u.Subject == key, cancellationToken) is { } bySubject)
        {
            return bySubject;
        }

        var lowered = key.ToLowerInvariant();
        var byEmail = await people.Where(u => u.Email != null && u.Email.ToLower() == lowered).Take(2).ToListAsync(cancellationToken);
        return byEmail is [var only] ? only : null;
    }
}
