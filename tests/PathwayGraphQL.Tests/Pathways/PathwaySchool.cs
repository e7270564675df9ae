using LtiPathways.PathwayGraphQL.Access;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Assignments;
using LtiPathways.PathwayGraphQL.Data.Courses;
using LtiPathways.PathwayGraphQL.Data.Platforms;
using LtiPathways.PathwayGraphQL.Data.Rubrics;
using LtiPathways.Rubrics;
using LtiPathways.PathwayGraphQL.Tests.Data;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.PathwayGraphQL.Tests.Pathways;

/// <summary>
/// A migrated SQLite database with two institutions: at the first, a planner course with a teacher and two students,
/// a course without the planner and its teacher, and a mentor; at the second, a student whose <c>sub</c> equals one of ours.
/// </summary>
public sealed class PathwaySchool : IDisposable
{
    private readonly SqliteDatabase database = new();

    public PlatformRegistration Registration { get; } = Registration_("client-1");
    public PlatformRegistration OtherRegistration { get; } = Registration_("client-2");
    public PlatformDeployment Deployment { get; private set; } = default!;
    public PlatformDeployment OtherDeployment { get; private set; } = default!;
    public Course PlannerCourse { get; private set; } = default!;
    public Course OtherCourse { get; private set; } = default!;
    public LtiUser Student { get; private set; } = default!;
    public LtiUser Classmate { get; private set; } = default!;
    public LtiUser Advisor { get; private set; } = default!;
    public LtiUser OtherTeacher { get; private set; } = default!;
    public LtiUser Mentor { get; private set; } = default!;
    public LtiUser StudentElsewhere { get; private set; } = default!;

    public PathwaysDbContext NewContext() => database.NewContext();

    public Viewer AsStudent(LtiUser user, Course? course = null) =>
        new(user.Id, user.RegistrationId, (course?.DeploymentId ?? DeploymentOf(user)), (course ?? PlannerCourse).Id, null, CourseRole.Student);

    public Viewer AsStaff(LtiUser user, Course course, CourseRole role = CourseRole.Teacher) =>
        new(user.Id, user.RegistrationId, course.DeploymentId, course.Id, null, role);

    public Viewer AsMentor(LtiUser user) => new(user.Id, user.RegistrationId, Deployment.Id, PlannerCourse.Id, null, CourseRole.Mentor);

    private Guid DeploymentOf(LtiUser user) => user.RegistrationId == Registration.Id ? Deployment.Id : OtherDeployment.Id;

    public async Task InitializeAsync()
    {
        await using var db = NewContext();
        await db.Database.MigrateAsync();
        Deployment = new PlatformDeployment { RegistrationId = Registration.Id, DeploymentId = "d-1" };
        OtherDeployment = new PlatformDeployment { RegistrationId = OtherRegistration.Id, DeploymentId = "d-1" };
        PlannerCourse = new Course { DeploymentId = Deployment.Id, ContextId = "planner", Title = "Grade 11 advisory" };
        OtherCourse = new Course { DeploymentId = Deployment.Id, ContextId = "chemistry", Title = "Chemistry" };
        Student = User(Registration, "student-1", "Jordan Lee");
        Classmate = User(Registration, "student-2", "Casey Moreau");
        Advisor = User(Registration, "teacher-1", "Ada Park");
        OtherTeacher = User(Registration, "teacher-2", "Ben Ortiz");
        Mentor = User(Registration, "parent-1", "Sam Lee");
        StudentElsewhere = User(OtherRegistration, "student-1", "Jordan at another school");
        db.AddRange(Registration, OtherRegistration, Deployment, OtherDeployment, PlannerCourse, OtherCourse,
            Student, Classmate, Advisor, OtherTeacher, Mentor, StudentElsewhere);
        db.Assignments.Add(new Assignment { CourseId = PlannerCourse.Id, Kind = AssignmentKind.PathwayPlanner, Title = "Pathway planner", CreatedByUserId = Advisor.Id });
        db.Memberships.AddRange(
            Member(PlannerCourse, Student, CourseRole.Student), Member(PlannerCourse, Classmate, CourseRole.Student),
            Member(PlannerCourse, Advisor, CourseRole.Teacher), Member(OtherCourse, OtherTeacher, CourseRole.Teacher),
            Member(OtherCourse, Student, CourseRole.Student));
        await db.SaveChangesAsync();
    }

    /// <summary>A released rubric assessment of the student and one of the classmate, on a one-criterion rubric out of 20.</summary>
    public async Task<(Guid Own, Guid Classmates)> ReleasedAssessmentsAsync(decimal scoredOf20)
    {
        await using var db = NewContext();
        var assignment = new Assignment { CourseId = OtherCourse.Id, Kind = AssignmentKind.AssessedWork, Title = "Presentation", CreatedByUserId = OtherTeacher.Id };
        var rubric = new LibraryRubric { RegistrationId = Registration.Id, DeploymentId = Deployment.Id, CourseId = OtherCourse.Id, OwnerUserId = OtherTeacher.Id, Title = "Employability" };
        var version = new RubricVersion(1, DateTimeOffset.UnixEpoch, RubricKind.Analytic, [new FreeFormCriterion("c1", "Communication", "", 20m)], []);
        rubric.Versions.Add(new LibraryRubricVersion
        {
            Number = 1, Json = RubricJson.Write(new LtiPathways.Rubrics.Rubric(rubric.Id.ToString(), "Employability", OtherTeacher.Id.ToString(), ShareScope.Course, null, [version])),
        });
        RubricAssessment Marked(LtiUser student) => new()
        {
            AssignmentId = assignment.Id, StudentUserId = student.Id, MarkerUserId = OtherTeacher.Id, RubricId = rubric.Id, RubricVersionNumber = 1,
            SelectionsJson = SelectionsJson.Write(new Selections([new PointsSelection("c1", scoredOf20)])), Status = AssessmentStatus.Released, ReleasedAt = DateTime.UnixEpoch,
        };
        var (own, classmates) = (Marked(Student), Marked(Classmate));
        db.AddRange(assignment, rubric, own, classmates);
        await db.SaveChangesAsync();
        return (own.Id, classmates.Id);
    }

    public void Dispose() => database.Dispose();

    private static LtiUser User(PlatformRegistration registration, string subject, string name) =>
        new() { RegistrationId = registration.Id, Subject = subject, Name = name };

    private static CourseMembership Member(Course course, LtiUser user, CourseRole role) =>
        new() { CourseId = course.Id, UserId = user.Id, Role = role };

    private static PlatformRegistration Registration_(string clientId) => new()
    {
        Issuer = "https://lms.example.org", ClientId = clientId, AuthorizationEndpoint = "https://lms.example.org/auth",
        TokenEndpoint = "https://lms.example.org/token", JwksUri = "https://lms.example.org/jwks", CreatedAt = DateTime.UnixEpoch,
    };
}
