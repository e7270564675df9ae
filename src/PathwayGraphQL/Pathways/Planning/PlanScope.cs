using LtiPathways.PathwayGraphQL.Access;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Assignments;
using LtiPathways.PathwayGraphQL.Data.Courses;
using LtiPathways.PathwayGraphQL.Data.Mentoring;
using LtiPathways.PathwayGraphQL.Data.Pathways;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.PathwayGraphQL.Pathways.Planning;

/// <summary>
/// The students (and so the plans) of an institution a reader may see, as one query for lists: the whole institution for a
/// district system's API token or a coordinator; otherwise the ties of <see cref="PlanAccess.CapacityAsync"/> for every
/// student at once: the person themselves, the students of the planner courses they staff, and their mentees.
/// </summary>
public sealed class PlanScope
{
    private readonly PathwaysDbContext db;
    private readonly Viewer? person;

    private PlanScope(PathwaysDbContext db, Institution institution, Viewer? person, bool wholeInstitution)
    {
        (this.db, this.person, Institution, WholeInstitution) = (db, person, institution, wholeInstitution);
    }

    public Institution Institution { get; }

    /// <summary>True for an API token and a coordinator.</summary>
    public bool WholeInstitution { get; }

    /// <summary>A district system's API token reads its whole institution.</summary>
    public static PlanScope Of(PathwaysDbContext db, Institution institution) => new(db, institution, null, wholeInstitution: true);

    public static async Task<PlanScope> OfAsync(PathwaysDbContext db, Viewer viewer, CancellationToken cancellationToken = default) =>
        new(db, new Institution(viewer.RegistrationId, viewer.DeploymentId), viewer, await PlanAccess.IsCoordinatorAsync(db, viewer, cancellationToken));

    /// <summary>The institution's plans the reader may see.</summary>
    public IQueryable<PathwayPlan> Plans()
    {
        var plans = db.Plans.Where(p => p.RegistrationId == Institution.RegistrationId && p.DeploymentId == Institution.DeploymentId);
        if (WholeInstitution)
        {
            return plans;
        }

        var (self, advised, mentees) = Ties();
        return plans.Where(p => p.StudentUserId == self || advised.Contains(p.StudentUserId) || mentees.Contains(p.StudentUserId));
    }

    /// <summary>The institution's students (active students of its courses, or anyone with a plan there) the reader may see.</summary>
    public IQueryable<LtiUser> Students()
    {
        var (registration, deployment) = (Institution.RegistrationId, Institution.DeploymentId);
        var students = db.Users.Where(u => u.RegistrationId == registration
            && (db.Memberships.Any(m => m.UserId == u.Id && m.Active && m.Role == CourseRole.Student && m.Course!.DeploymentId == deployment)
                || db.Plans.Any(p => p.StudentUserId == u.Id && p.RegistrationId == registration && p.DeploymentId == deployment)));
        if (WholeInstitution)
        {
            return students;
        }

        var (self, advised, mentees) = Ties();
        return students.Where(u => u.Id == self || advised.Contains(u.Id) || mentees.Contains(u.Id));
    }

    private (Guid Self, IQueryable<Guid> Advised, IQueryable<Guid> Mentees) Ties()
    {
        var me = person!;
        var (deployment, personId) = (me.DeploymentId, me.PersonId);
        var staffedPlannerCourses = db.Courses.Where(c => c.DeploymentId == deployment
            && db.Assignments.Any(a => a.CourseId == c.Id && a.Kind == AssignmentKind.PathwayPlanner)
            && db.Memberships.Any(m => m.CourseId == c.Id && m.UserId == personId && m.Active && CourseRoles.Staff.Contains(m.Role)));
        var advised = db.Memberships
            .Where(m => m.Active && m.Role == CourseRole.Student && staffedPlannerCourses.Any(c => c.Id == m.CourseId))
            .Select(m => m.UserId);
        return (personId, advised, db.MenteesOf(me.RegistrationId, personId).Select(u => u.Id));
    }
}
