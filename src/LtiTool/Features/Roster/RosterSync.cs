using LtiPathways.LtiTool.Lti.Nrps;
using LtiPathways.LtiTool.Lti.Roles;
using LtiPathways.LtiTool.Telemetry;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Rosters;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.LtiTool.Features.Roster;

/// <summary>
/// Reads a course's roster from the platform (NRPS 2.0) and hands it to <see cref="CourseRoster"/>, which brings the
/// course's members in line with it.
/// </summary>
public class RosterSync(PathwaysDbContext db, MembershipClient memberships, CourseRoster roster, ToolMetrics metrics)
{
    /// <exception cref="NrpsException">The platform's roster could not be read; nothing was changed.</exception>
    public async Task<RosterSyncResult> SyncAsync(Guid courseId, CancellationToken cancellationToken)
    {
        var succeeded = false;
        try
        {
            var result = await SyncOnceOrTwiceAsync(courseId, cancellationToken);
            succeeded = true;
            return result;
        }
        finally
        {
            metrics.RosterSynced(succeeded);
        }
    }

    private async Task<RosterSyncResult> SyncOnceOrTwiceAsync(Guid courseId, CancellationToken cancellationToken)
    {
        try
        {
            return await ReadAndApplyAsync(courseId, cancellationToken);
        }
        catch (DbUpdateException)
        {
            // A member's first launch raced this sync on a unique index; the second pass updates what now exists.
            db.ChangeTracker.Clear();
            return await ReadAndApplyAsync(courseId, cancellationToken);
        }
    }

    private async Task<RosterSyncResult> ReadAndApplyAsync(Guid courseId, CancellationToken cancellationToken)
    {
        var course = await db.Courses.Include(c => c.Deployment!).ThenInclude(d => d.Registration!)
            .FirstOrDefaultAsync(c => c.Id == courseId, cancellationToken)
            ?? throw new NrpsException("The course is not known to LtiPathways.");
        if (course.MembershipsUrl is not { } url)
        {
            throw new NrpsException("Your LMS has not offered this course's roster to LtiPathways (no Names and Role service in the launch).");
        }

        var registration = course.Deployment!.Registration!;
        var listed = await memberships.FetchAsync(registration, url, MembershipQuery.All, cancellationToken);
        var applied = await roster.ApplyAsync(course, registration.Id, listed.Members.Select(Entry), cancellationToken);
        return new RosterSyncResult(applied.Active, applied.Inactive, listed.Pages);
    }

    private static RosterEntry Entry(NrpsMember member)
    {
        var roles = member.Roles.Select(LtiRoles.Normalise).ToList();
        return new RosterEntry(member.UserId, member.Name, member.GivenName, member.FamilyName, member.Email,
            string.Join(' ', roles), LtiRoles.ToCourseRole(roles), member.IsActive);
    }
}
