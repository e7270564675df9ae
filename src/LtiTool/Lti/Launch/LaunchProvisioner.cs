using System.Text.Json;
using LtiPathways.LtiTool.Lti.Roles;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Courses;
using LtiPathways.PathwayGraphQL.Rosters;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.LtiTool.Lti.Launch;

/// <summary>Creates or updates the user, course, resource link, membership and mentorships a valid launch describes.</summary>
public class LaunchProvisioner(PathwaysDbContext db, MentorshipProvisioner mentorships, TimeProvider clock)
{
    /// <summary>The custom parameter deep-linked items carry to name the tool's assignment.</summary>
    public const string AssignmentCustomParameter = "assignment_id";

    /// <summary>
    /// Launch times are kept to the minute: a person reopening the tool within a minute changes nothing stored, so the
    /// launch writes nothing and waits on no other launch's write.
    /// </summary>
    public static readonly TimeSpan LaunchTimeResolution = TimeSpan.FromMinutes(1);

    public async Task<ProvisionedLaunch> ProvisionAsync(ValidatedLaunch launch, CancellationToken cancellationToken)
    {
        try
        {
            return await UpsertAsync(launch, cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two first launches of the same person or course raced on a unique index; the second one now updates.
            db.ChangeTracker.Clear();
            return await UpsertAsync(launch, cancellationToken);
        }
    }

    private async Task<ProvisionedLaunch> UpsertAsync(ValidatedLaunch launch, CancellationToken cancellationToken)
    {
        var message = launch.Message;
        var now = clock.GetUtcNow().UtcDateTime;
        var user = await db.Users.FirstOrDefaultAsync(
            u => u.RegistrationId == launch.Registration.Id && u.Subject == message.Subject, cancellationToken);
        if (user is null)
        {
            user = new LtiUser { RegistrationId = launch.Registration.Id, Subject = message.Subject! };
            db.Users.Add(user);
        }

        UserProfile.Apply(user, message.Name, message.GivenName, message.FamilyName, message.Email);
        user.LastLaunchAt = Stamp(user.LastLaunchAt, now);

        launch.Registration.ProductFamily = message.ProductFamilyCode ?? launch.Registration.ProductFamily;
        var roles = message.Roles!.Select(LtiRoles.Normalise).ToList();
        var role = LtiRoles.ToCourseRole(roles);
        Course? course = null;
        ResourceLink? link = null;
        if (message.ContextId is { } contextId)
        {
            course = await db.Courses.FirstOrDefaultAsync(
                c => c.DeploymentId == launch.Deployment.Id && c.ContextId == contextId, cancellationToken);
            if (course is null)
            {
                course = new Course { DeploymentId = launch.Deployment.Id, ContextId = contextId };
                db.Courses.Add(course);
            }

            course.Title = message.ContextTitle ?? (course.Title.Length > 0 ? course.Title : contextId);
            course.Label = message.ContextLabel ?? course.Label;
            RememberServices(course, message);
            await UpsertMembershipAsync(course, user, roles, role, now, cancellationToken);
            link = await UpsertResourceLinkAsync(course, message, cancellationToken);
        }

        await mentorships.ApplyAsync(launch, user, course, roles, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return new ProvisionedLaunch(user, course, link, role);
    }

    private async Task UpsertMembershipAsync(
        Course course, LtiUser user, List<string> roles, CourseRole role, DateTime now, CancellationToken cancellationToken)
    {
        var membership = await db.Memberships.FirstOrDefaultAsync(m => m.CourseId == course.Id && m.UserId == user.Id, cancellationToken);
        if (membership is null)
        {
            membership = new CourseMembership { CourseId = course.Id, UserId = user.Id };
            db.Memberships.Add(membership);
        }

        membership.Roles = string.Join(' ', roles);
        membership.Role = role;
        membership.LastLaunchAt = Stamp(membership.LastLaunchAt, now);
        // A launch shows the person is in the course now, whatever an older roster said.
        membership.Active = true;
    }

    private async Task<ResourceLink?> UpsertResourceLinkAsync(Course course, LaunchMessage message, CancellationToken cancellationToken)
    {
        if (message.ResourceLinkId is not { } linkId)
        {
            return null;
        }

        var link = await db.ResourceLinks.FirstOrDefaultAsync(l => l.CourseId == course.Id && l.ResourceLinkId == linkId, cancellationToken);
        if (link is null)
        {
            link = new ResourceLink { CourseId = course.Id, ResourceLinkId = linkId };
            db.ResourceLinks.Add(link);
        }

        link.Title = message.ResourceLinkTitle ?? link.Title;
        link.Description = message.ResourceLinkDescription ?? link.Description;
        link.CustomJson = JsonSerializer.Serialize(message.Custom);
        link.LineItemUrl = message.LineItemUrl ?? link.LineItemUrl;
        if (link.AssignmentId is null && message.Custom.TryGetValue(AssignmentCustomParameter, out var assignment)
            && Guid.TryParse(assignment, out var assignmentId)
            && await db.Assignments.AnyAsync(a => a.Id == assignmentId && a.CourseId == course.Id, cancellationToken))
        {
            // Only an assignment of this very course: a guessed or copied id from elsewhere links nothing.
            link.AssignmentId = assignmentId;
        }

        return link;
    }

    private static DateTime Stamp(DateTime? last, DateTime now) =>
        last is { } stamped && now - stamped < LaunchTimeResolution && now >= stamped ? stamped : now;

    /// <summary>Platforms may move their service URLs between launches (LTI AGS 2.0 section 3.4): the latest launch wins.</summary>
    private static void RememberServices(Course course, LaunchMessage message)
    {
        course.LineItemsUrl = message.LineItemsUrl ?? course.LineItemsUrl;
        course.MembershipsUrl = message.MembershipsUrl ?? course.MembershipsUrl;
        if (message.ServiceScopes.Count > 0)
        {
            course.ServiceScopes = string.Join(' ', message.ServiceScopes);
        }
    }
}
