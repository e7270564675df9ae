using LtiPathways.PathwayGraphQL.Access;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Assignments;
using LtiPathways.PathwayGraphQL.Data.Courses;
using LtiPathways.PathwayGraphQL.Data.Mentoring;
using LtiPathways.PathwayGraphQL.Data.Pathways;
using LtiPathways.PathwayGraphQL.Outcomes;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.PathwayGraphQL.Pathways.Planning;

/// <summary>
/// Who sees a plan (issue 13, item 6). Every lookup is scoped to the viewer's institution, so an id from another
/// registration or deployment, or a plan the viewer has no tie to, answers NotFound: it does not exist for them.
/// </summary>
public static class PlanAccess
{
    public static readonly Refusal NoSuchPlan = Refusal.NotFound("There is no such plan, or it is not yours to see.");

    public static async Task<Outcome<(PathwayPlan Plan, PlanCapacity Capacity)>> OpenAsync(
        PathwaysDbContext db, Viewer viewer, Guid planId, CancellationToken cancellationToken = default)
    {
        var plan = await db.Plans.SingleOrDefaultAsync(
            p => p.Id == planId && p.RegistrationId == viewer.RegistrationId && p.DeploymentId == viewer.DeploymentId, cancellationToken);
        if (plan is null)
        {
            return NoSuchPlan;
        }
        return await CapacityAsync(db, viewer, plan.StudentUserId, cancellationToken) is { } capacity ? (plan, capacity) : NoSuchPlan;
    }

    /// <summary>The viewer's strongest tie to the student's plan, or null when they have none.</summary>
    public static async Task<PlanCapacity?> CapacityAsync(PathwaysDbContext db, Viewer viewer, Guid studentUserId, CancellationToken cancellationToken = default)
    {
        if (viewer.PersonId == studentUserId)
        {
            return PlanCapacity.Owner;
        }
        if (await IsCoordinatorAsync(db, viewer, cancellationToken))
        {
            return PlanCapacity.Coordinator;
        }
        // Roles are stored by name, so the highest is found here rather than by the database's string order.
        var staffRoles = await StaffedPlannerCourses(db, viewer)
            .Where(c => db.Memberships.Any(m => m.CourseId == c.Id && m.UserId == studentUserId && m.Active && m.Role == CourseRole.Student))
            .SelectMany(c => db.Memberships.Where(m => m.CourseId == c.Id && m.UserId == viewer.PersonId && m.Active && CourseRoles.Staff.Contains(m.Role)))
            .Select(m => m.Role)
            .ToListAsync(cancellationToken);
        if (staffRoles.Count > 0)
        {
            return staffRoles.Max() >= CourseRole.Coordinator ? PlanCapacity.Coordinator : PlanCapacity.Advisor;
        }
        return await MenteeIds(db, viewer).ContainsAsync(studentUserId, cancellationToken) ? PlanCapacity.Mentor : null;
    }

    /// <summary>The students the viewer advises: active students of the deployment's planner courses the viewer staffs.</summary>
    public static IQueryable<Guid> AdvisedStudentIds(PathwaysDbContext db, Viewer viewer) =>
        db.Memberships
            .Where(m => m.Active && m.Role == CourseRole.Student && StaffedPlannerCourses(db, viewer).Any(c => c.Id == m.CourseId))
            .Select(m => m.UserId);

    /// <summary>The students whose mentor the LMS names the viewer (<c>role_scope_mentor</c>).</summary>
    public static IQueryable<Guid> MenteeIds(PathwaysDbContext db, Viewer viewer) =>
        db.MenteesOf(viewer.RegistrationId, viewer.PersonId).Select(u => u.Id);

    /// <summary>Whether an administrator listed the viewer as a coordinator of their institution.</summary>
    public static Task<bool> IsCoordinatorAsync(PathwaysDbContext db, Viewer viewer, CancellationToken cancellationToken = default) =>
        db.PathwayCoordinators.AnyAsync(
            c => c.RegistrationId == viewer.RegistrationId && c.DeploymentId == viewer.DeploymentId && c.UserId == viewer.PersonId, cancellationToken);

    /// <summary>The deployment's courses that place the planner and have the viewer as active staff (teacher or above).</summary>
    private static IQueryable<Course> StaffedPlannerCourses(PathwaysDbContext db, Viewer viewer) =>
        db.Courses.Where(c => c.DeploymentId == viewer.DeploymentId
            && db.Assignments.Any(a => a.CourseId == c.Id && a.Kind == AssignmentKind.PathwayPlanner)
            && db.Memberships.Any(m => m.CourseId == c.Id && m.UserId == viewer.PersonId && m.Active && CourseRoles.Staff.Contains(m.Role)));
}
