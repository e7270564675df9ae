using LtiPathways.PathwayGraphQL.Access;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Courses;
using LtiPathways.PathwayGraphQL.Outcomes;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.PathwayGraphQL.Rosters;

/// <summary>
/// Brings a course's members in line with a roster the platform listed: people are added or updated, those no longer
/// listed become inactive. Nobody is deleted; their work stays.
/// </summary>
public class CourseRoster(PathwaysDbContext db, TimeProvider clock)
{
    /// <summary>Only the course's teachers ask for a sync; launches refresh a stale roster on their own.</summary>
    public static Refusal? RefuseSync(Viewer viewer) =>
        viewer.CourseId is null || !viewer.IsStaff ? Refusal.Forbidden("Only the course's teachers can sync its roster.") : null;

    /// <summary>Applies the listed members to the course (tracked by the caller's context) and saves; a person listed twice counts once, as last listed.</summary>
    public async Task<RosterApplied> ApplyAsync(Course course, Guid registrationId, IEnumerable<RosterEntry> entries, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var listed = entries.GroupBy(m => m.Subject, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);
        var subjects = listed.Keys.ToList();
        var users = await db.Users.Where(u => u.RegistrationId == registrationId && subjects.Contains(u.Subject))
            .ToDictionaryAsync(u => u.Subject, StringComparer.Ordinal, cancellationToken);
        var current = await db.Memberships.Include(m => m.User).Where(m => m.CourseId == course.Id).ToListAsync(cancellationToken);
        var byUser = current.ToDictionary(m => m.UserId);

        foreach (var member in listed.Values)
        {
            if (!users.TryGetValue(member.Subject, out var user))
            {
                user = new LtiUser { RegistrationId = registrationId, Subject = member.Subject };
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
                membership.Roles = member.Roles;
                membership.Role = member.Role;
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
        return new RosterApplied(listed.Values.Count(m => m.IsActive), gone.Count + listed.Values.Count(m => !m.IsActive));
    }
}
