using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Assignments;
using LtiPathways.PathwayGraphQL.Data.Courses;
using LtiPathways.PathwayGraphQL.Data.Grading;
using LtiPathways.PathwayGraphQL.Data.Mentoring;
using LtiPathways.PathwayGraphQL.Data.Rubrics;
using LtiPathways.PathwayGraphQL.Data.Submissions;
using LtiPathways.PathwayGraphQL.Schema.Execution;

namespace LtiPathways.PathwayGraphQL.Schema.Grading;

/// <summary>
/// Whose work a caller may read, as queries the grading resolvers start from, the rules of the pages (AssignmentLookup):
/// an API token its institution's; in a course a person teaches, everyone's; a student their own work and released marks;
/// a mentor their mentees' handed-in work and released marks. An id from elsewhere simply finds nothing.
/// </summary>
public static class GradingScope
{
    public static IQueryable<Assignment> Assignments(this PathwaysDbContext db, GraphQLCaller caller)
    {
        var courses = db.Courses(caller).Select(c => c.Id);
        return db.Assignments.Where(a => a.Kind == AssignmentKind.AssessedWork && courses.Contains(a.CourseId));
    }

    /// <summary>Courses whose every student's work the caller reads: those they teach, or all of an API token's.</summary>
    public static IQueryable<Guid> StaffCourses(this PathwaysDbContext db, GraphQLCaller caller) => db.RosterCourses(caller).Select(c => c.Id);

    public static IQueryable<Submission> Submissions(this PathwaysDbContext db, GraphQLCaller caller)
    {
        var assignments = db.Assignments(caller).Select(a => a.Id);
        var visible = db.Submissions.Where(s => assignments.Contains(s.AssignmentId));
        if (caller.Person is null)
        {
            return visible;
        }

        var (self, staff, taking, mentoring, mentees) = Reach(db, caller);
        return visible.Where(s => staff.Contains(s.CourseId)
            || (taking.Contains(s.CourseId) && s.StudentUserId == self)
            || (mentoring.Contains(s.CourseId) && s.Status != SubmissionStatus.Draft && mentees.Contains(s.StudentUserId)));
    }

    /// <summary>Staff read every marking; a student their released marks and their own self-assessment; a mentor their mentees' released marks.</summary>
    public static IQueryable<RubricAssessment> Assessments(this PathwaysDbContext db, GraphQLCaller caller)
    {
        var assignments = db.Assignments(caller);
        if (caller.Person is null)
        {
            return db.RubricAssessments.Where(r => assignments.Any(a => a.Id == r.AssignmentId));
        }

        var (self, staff, taking, mentoring, mentees) = Reach(db, caller);
        return db.RubricAssessments.Where(r => assignments.Any(a => a.Id == r.AssignmentId
            && (staff.Contains(a.CourseId)
                || (taking.Contains(a.CourseId) && r.StudentUserId == self
                    && (r.ReleasedAt != null || (r.Kind == AssessmentKind.Self && r.AssessorKey == self)))
                || (mentoring.Contains(a.CourseId) && r.ReleasedAt != null && mentees.Contains(r.StudentUserId)))));
    }

    /// <summary>Scores on their way to the LMS: staff see the course's, a student their own, a mentor their mentees'.</summary>
    public static IQueryable<ScoreOutboxEntry> Deliveries(this PathwaysDbContext db, GraphQLCaller caller)
    {
        var assignments = db.Assignments(caller).Select(a => a.Id);
        var visible = db.ScoreOutbox.Where(e => e.AssignmentId != null && assignments.Contains(e.AssignmentId.Value));
        if (caller.Person is null)
        {
            return visible;
        }

        var (self, staff, taking, mentoring, mentees) = Reach(db, caller);
        return visible.Where(e => staff.Contains(e.CourseId)
            || (taking.Contains(e.CourseId) && e.UserId == self)
            || (mentoring.Contains(e.CourseId) && mentees.Contains(e.UserId)));
    }

    private static (Guid Self, IQueryable<Guid> Staff, IQueryable<Guid> Taking, IQueryable<Guid> Mentoring, IQueryable<Guid> Mentees) Reach(
        PathwaysDbContext db, GraphQLCaller caller)
    {
        var person = caller.Person!;
        var self = person.PersonId;
        var own = db.Memberships.Where(m => m.UserId == self);
        return (self, db.StaffCourses(caller),
            own.Where(m => m.Role == CourseRole.Student).Select(m => m.CourseId),
            own.Where(m => m.Role == CourseRole.Mentor).Select(m => m.CourseId),
            db.MenteesOf(person.RegistrationId, self).Select(u => u.Id));
    }
}
