using LtiPathways.LtiTool.Lti.Nrps;
using LtiPathways.LtiTool.Lti.Roles;
using LtiPathways.LtiTool.Lti;
using LtiPathways.PathwayGraphQL.Data.Courses;
using LtiPathways.PathwayGraphQL.Data;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.LtiTool.Features.Roster;

/// <summary>
/// Brings a course's members in line with the platform's roster (NRPS 2.0): people are added or updated,
/// those no longer listed become inactive. Nobody is deleted; their work stays.
/// </summary>
public class RosterSync(PathwaysDbContext db, MembershipClient memberships, TimeProvider clock)
{
    /// <exception cref="NrpsException">The platform's roster could not be read; nothing was changed.</exception>
    public async Task<RosterSyncResult> SyncAsync(Guid courseId, CancellationToken cancellationToken)
    {
        try
        {
            return await ApplyAsync(courseId, cancellationToken);
        }
        catch (DbUpdateException)
        {
            // A member's first launch raced this sync on a unique index; the second pass updates what now exists.
            db.ChangeTracker.Clear();
            return await ApplyAsync(courseId, cancellationToken);
        }
    }

    private async Task<RosterSyncResult> ApplyAsync(Guid courseId, CancellationToken cancellationToken)
    {
        var course = await db.Courses.Include(c => c.Deployment!).ThenInclude(d => d.Registration!)
            .FirstOrDefaultAsync(c => c.Id == courseId, cancellationToken)
            ?? throw new NrpsException("The course is not known to LtiPathways.");
        if (course.MembershipsUrl is not { } url)
        {
            throw new NrpsException("Your LMS has not offered this course's roster to LtiPathways (no Names and Role service in the launch).");
        }

        var registration = course.Deployment!.Registration!;
        var roster = await memberships.FetchAsync(registration, url, MembershipQuery.All, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;

        var listed = roster.Members.GroupBy(m => m.UserId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);
        var subjects = listed.Keys.ToList();
        var users = await db.Users.Where(u => u.RegistrationId == registration.Id && subjects.Contains(u.Subject))
            .ToDictionaryAsync(u => u.Subject, StringComparer.Ordinal, cancellationToken);
        var current = await db.Memberships.Include(m => m.User).Where(m => m.CourseId == course.Id).ToListAsync(cancellationToken);
        var byUser = current.ToDictionary(m => m.UserId);

        foreach (var member in listed.Values)
        {
            if (!users.TryGetValue(member.UserId, out var user))
            {
                user = new LtiUser { RegistrationId = registration.Id, Subject = member.UserId };
                db.Users.Add(user);
            }

            UserProfile.Apply(user, member.Name, member.GivenName, member.FamilyName, member.Email);
            if (!byUser.TryGetValue(user.Id, out var membership))
            {
                membership = new CourseMembership { CourseId = course.Id, UserId = user.Id };
                db.Memberships.Add(membership);
            }

            // A person's own launch is the freshest word on their roles; the roster speaks for those who never launched.
            if (membership.LastLaunchAt is null)
            {
                var roles = member.Roles.Select(LtiRoles.Normalise).ToList();
                membership.Roles = string.Join(' ', roles);
                membership.Role = LtiRoles.ToCourseRole(roles);
            }

            membership.Active = member.IsActive;
            membership.RosterSyncedAt = now;
        }

        var gone = current.Where(m => m.User is not null && !listed.ContainsKey(m.User.Subject) && m.Active).ToList();
        foreach (var membership in gone)
        {
            membership.Active = false;
            membership.RosterSyncedAt = now;
        }

        course.RosterSyncedAt = now;
        await db.SaveChangesAsync(cancellationToken);
        return new RosterSyncResult(listed.Values.Count(m => m.IsActive), gone.Count + listed.Values.Count(m => !m.IsActive), roster.Pages);
    }
}
