using LtiPathways.PathwayGraphQL.Access;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Assignments;
using LtiPathways.PathwayGraphQL.Data.Courses;
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
        var plannerRoles = await PlannerCoursesOf(db, viewer.DeploymentId, studentUserId)
            .SelectMany(course => db.Memberships.Where(m => m.CourseId == course.Id && m.UserId == viewer.PersonId && m.Active))
            .Select(m => m.Role)
            .ToListAsync(cancellationToken);
        var plannerRole = plannerRoles.Count == 0 ? (CourseRole?)null : plannerRoles.Max();
        if (plannerRole >= CourseRole.Teacher)
        {
            return plannerRole >= CourseRole.Coordinator ? PlanCapacity.Coordinator : PlanCapacity.Advisor;
        }
        var student = await db.Users.Where(u => u.Id == studentUserId && u.RegistrationId == viewer.RegistrationId)
            .Select(u => u.Subject).SingleOrDefaultAsync(cancellationToken);
        var mentors = student is not null && await db.Mentorships.AnyAsync(
            m => m.RegistrationId == viewer.RegistrationId && m.MentorUserId == viewer.PersonId && m.MenteeSubject == student, cancellationToken);
        return mentors ? PlanCapacity.Mentor : null;
    }

    /// <summary>Whether an administrator listed the viewer as a coordinator of their institution.</summary>
    public static Task<bool> IsCoordinatorAsync(PathwaysDbContext db, Viewer viewer, CancellationToken cancellationToken = default) =>
        db.PathwayCoordinators.AnyAsync(
            c => c.RegistrationId == viewer.RegistrationId && c.DeploymentId == viewer.DeploymentId && c.UserId == viewer.PersonId, cancellationToken);

    /// <summary>The deployment's courses that place the planner and have the student as an active member.</summary>
    private static IQueryable<Course> PlannerCoursesOf(PathwaysDbContext db, Guid deploymentId, Guid studentUserId) =>
        db.Courses.Where(c => c.DeploymentId == deploymentId
            && db.Assignments.Any(a => a.CourseId == c.Id && a.Kind == AssignmentKind.PathwayPlanner)
            && db.Memberships.Any(m => m.CourseId == c.Id && m.UserId == studentUserId && m.Active && m.Role == CourseRole.Student));
}
