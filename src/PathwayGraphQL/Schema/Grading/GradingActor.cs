using LtiPathways.PathwayGraphQL.Access;
using LtiPathways.PathwayGraphQL.Assessments;
using LtiPathways.PathwayGraphQL.Assignments;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Courses;
using LtiPathways.PathwayGraphQL.Library;
using LtiPathways.PathwayGraphQL.Outcomes;
using LtiPathways.PathwayGraphQL.Schema.Execution;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.PathwayGraphQL.Schema.Grading;

/// <summary>
/// Turns an API caller and a course or assignment into what the pages' services take: the viewer a launch of that course
/// would give (a person with their role there), and the assignment as if its link had been opened. A write-scoped API token
/// acts as a teacher of the institution's courses, as a district's curriculum office would: it copies, imports and versions
/// rubrics and saves draft marks, each recorded under the token's id (pages name it through <c>ActorNames</c>); it never
/// releases (<see cref="GradingCommands"/>), which stays the teacher's decision.
/// </summary>
public sealed class GradingActor(PathwaysDbContext db, LibraryService library, AssessedAssignments assessed)
{
    public static readonly Refusal NoCourse = Refusal.NotFound("There is no course you may see with that id.");

    public static readonly Refusal NoAssignment = Refusal.NotFound("There is no assessed assignment you may see with that id.");

    public async Task<Outcome<Viewer>> InCourseAsync(GraphQLCaller caller, Guid courseId, Guid? linkId, CancellationToken cancellationToken)
    {
        var (isToken, personId) = (caller.Person is null, caller.Person?.PersonId);
        var course = await db.Courses(caller).AsNoTracking().Where(c => c.Id == courseId).Select(c => new
        {
            Role = isToken ? CourseRole.Teacher : c.Members.Where(m => m.UserId == personId).Select(m => (CourseRole?)m.Role).FirstOrDefault(),
        }).FirstOrDefaultAsync(cancellationToken);
        if (course?.Role is not { } role)
        {
            return NoCourse;
        }

        var (registration, deployment) = (caller.Institution.RegistrationId, caller.Institution.DeploymentId);
        return new Viewer(caller.Person?.PersonId ?? caller.Token!.TokenId, registration, deployment, courseId, linkId, role);
    }

    /// <summary>The library opened in a course, as its page opens it: for the course's teachers.</summary>
    public async Task<Outcome<LibraryScope>> LibraryAsync(GraphQLCaller caller, Guid courseId, CancellationToken cancellationToken)
    {
        var viewer = await InCourseAsync(caller, courseId, null, cancellationToken);
        if (!viewer.Succeeded)
        {
            return viewer.Refusal;
        }

        return await library.ScopeAsync(viewer.Value, cancellationToken) is { } scope ? scope : LibraryService.NotATeacher;
    }

    /// <summary>The rubric-marked assignment and the viewer in its course; tracked, so the services' saves write what they change.</summary>
    public async Task<Outcome<(AssessmentScope Scope, Viewer Viewer)>> AssessmentAsync(
        GraphQLCaller caller, Guid assignmentId, CancellationToken cancellationToken)
    {
        var assignment = await db.Assignments(caller).FirstOrDefaultAsync(a => a.Id == assignmentId, cancellationToken);
        var course = assignment is null ? null
            : await db.Courses.Include(c => c.Deployment!).ThenInclude(d => d.Registration).FirstAsync(c => c.Id == assignment.CourseId, cancellationToken);
        // The link the LMS's gradebook column is coupled to, as a teacher's launch from it would open the assignment.
        var link = course is null ? null
            : await db.ResourceLinks.Where(l => l.CourseId == course.Id && l.AssignmentId == assignmentId)
                .OrderByDescending(l => l.LineItemUrl != null).ThenBy(l => l.Id).FirstOrDefaultAsync(cancellationToken);
        if (assignment is null || course is null)
        {
            return NoAssignment;
        }

        if (link is null)
        {
            return Refusal.Declined("This assignment has not been opened from the LMS yet; open it once from the course, then try again.");
        }

        var viewer = await InCourseAsync(caller, course.Id, link.Id, cancellationToken);
        if (!viewer.Succeeded)
        {
            return viewer.Refusal;
        }

        var scope = await assessed.FindAsync(new LaunchedAssignment(course.Deployment!.Registration!, course, link, assignment), cancellationToken);
        return scope is null ? AssessedAssignments.NoAssessment with { Sentence = "This assignment is not marked with a rubric." } : (scope, viewer.Value);
    }
}
