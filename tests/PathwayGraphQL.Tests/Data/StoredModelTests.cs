using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Assignments;
using LtiPathways.PathwayGraphQL.Data.Courses;
using LtiPathways.PathwayGraphQL.Data.Platforms;
using LtiPathways.PathwayGraphQL.Data.Rubrics;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.PathwayGraphQL.Tests.Data;

/// <summary>What the stored model must do on every provider; each provider's subclass runs all of it.</summary>
public abstract class StoredModelTests
{
    protected abstract PathwaysDbContext NewContext();

    [Fact]
    public async Task Migrations_create_every_table_of_the_model()
    {
        await using var db = await MigratedAsync();

        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(0, await db.PlatformRegistrations.CountAsync());
        Assert.Equal(0, await db.ScoreOutbox.CountAsync());
    }

    [Fact]
    public async Task Timestamps_come_back_as_utc()
    {
        await using (var db = await MigratedAsync())
        {
            db.PlatformRegistrations.Add(Registration(new DateTime(2026, 12, 1, 10, 30, 15, 123, DateTimeKind.Utc)));
            await db.SaveChangesAsync();
        }

        await using var fresh = NewContext();
        var stored = await fresh.PlatformRegistrations.SingleAsync();

        Assert.Equal(DateTimeKind.Utc, stored.CreatedAt.Kind);
        Assert.Equal(new DateTime(2026, 12, 1, 10, 30, 15, 123, DateTimeKind.Utc), stored.CreatedAt);
    }

    [Fact]
    public async Task One_issuer_and_client_id_is_registered_once()
    {
        await using var db = await MigratedAsync();
        db.PlatformRegistrations.Add(Registration(DateTime.UnixEpoch));
        db.PlatformRegistrations.Add(Registration(DateTime.UnixEpoch));

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public async Task A_registration_that_people_use_cannot_be_deleted_with_them()
    {
        await using var db = await MigratedAsync();
        var registration = Registration(DateTime.UnixEpoch);
        db.PlatformRegistrations.Add(registration);
        db.Users.Add(new LtiUser { RegistrationId = registration.Id, Subject = "student-1", Name = "Student One" });
        await db.SaveChangesAsync();

        // A fresh context does not know the user, so only the database's foreign key can stop the delete.
        await using var other = NewContext();
        other.PlatformRegistrations.Remove(await other.PlatformRegistrations.SingleAsync());

        await Assert.ThrowsAsync<DbUpdateException>(() => other.SaveChangesAsync());
        await using var check = NewContext();
        Assert.Equal(1, await check.Users.CountAsync());
    }

    [Fact]
    public async Task Strings_are_compared_case_sensitively()
    {
        await using var db = await MigratedAsync();
        var registration = Registration(DateTime.UnixEpoch);
        db.PlatformRegistrations.Add(registration);
        db.Users.Add(new LtiUser { RegistrationId = registration.Id, Subject = "Student-1", Name = "Student One" });
        db.Users.Add(new LtiUser { RegistrationId = registration.Id, Subject = "student-1", Name = "Another student" });
        await db.SaveChangesAsync();

        Assert.Equal("Another student", (await db.Users.SingleAsync(u => u.Subject == "student-1")).Name);
    }

    [Fact]
    public async Task A_value_past_its_declared_length_or_scale_is_kept_as_given()
    {
        var title = new string('x', 600);
        await using (var db = await MigratedAsync())
        {
            var (_, course) = await SeedCourseAsync(db);
            db.Assignments.Add(new Assignment { CourseId = course.Id, Title = title, PointsPossible = 12.345m, CreatedAt = DateTime.UnixEpoch });
            await db.SaveChangesAsync();
        }

        await using var fresh = NewContext();
        var stored = await fresh.Assignments.SingleAsync();

        Assert.Equal(title, stored.Title);
        Assert.Equal(12.345m, stored.PointsPossible);
    }

    [Fact]
    public async Task A_marker_saving_over_a_newer_version_of_an_assessment_is_refused()
    {
        Guid id;
        await using (var db = await MigratedAsync())
        {
            id = await SeedAssessmentAsync(db);
        }

        await using var first = NewContext();
        await using var second = NewContext();
        var mine = await first.RubricAssessments.SingleAsync(a => a.Id == id);
        var theirs = await second.RubricAssessments.SingleAsync(a => a.Id == id);
        mine.OverallComment = "Saved first";
        mine.Version = Guid.NewGuid();
        await first.SaveChangesAsync();
        theirs.OverallComment = "Saved over it";
        theirs.Version = Guid.NewGuid();

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());
        await using var check = NewContext();
        Assert.Equal("Saved first", (await check.RubricAssessments.SingleAsync()).OverallComment);
    }

    private async Task<PathwaysDbContext> MigratedAsync()
    {
        var db = NewContext();
        await db.Database.MigrateAsync();
        return db;
    }

    private static async Task<(PlatformRegistration, Course)> SeedCourseAsync(PathwaysDbContext db)
    {
        var registration = Registration(DateTime.UnixEpoch);
        var deployment = new PlatformDeployment { RegistrationId = registration.Id, DeploymentId = "1" };
        var course = new Course { DeploymentId = deployment.Id, ContextId = "course-1", Title = "Biology" };
        db.AddRange(registration, deployment, course);
        await db.SaveChangesAsync();
        return (registration, course);
    }

    private static async Task<Guid> SeedAssessmentAsync(PathwaysDbContext db)
    {
        var (registration, course) = await SeedCourseAsync(db);
        var teacher = new LtiUser { RegistrationId = registration.Id, Subject = "teacher-1", Name = "Teacher" };
        var student = new LtiUser { RegistrationId = registration.Id, Subject = "student-1", Name = "Student" };
        var assignment = new Assignment { CourseId = course.Id, Title = "Essay", CreatedAt = DateTime.UnixEpoch };
        var rubric = new LibraryRubric
        {
            RegistrationId = registration.Id, DeploymentId = course.DeploymentId, CourseId = course.Id, OwnerUserId = teacher.Id, Title = "Essay rubric",
        };
        var assessment = new RubricAssessment
        {
            AssignmentId = assignment.Id, StudentUserId = student.Id, Kind = AssessmentKind.Teacher, AssessorKey = teacher.Id,
            MarkerUserId = teacher.Id, RubricId = rubric.Id, RubricVersionNumber = 1, UpdatedAt = DateTime.UnixEpoch,
        };
        db.AddRange(teacher, student, assignment, rubric, assessment);
        await db.SaveChangesAsync();
        return assessment.Id;
    }

    private static PlatformRegistration Registration(DateTime createdAt) => new()
    {
        Issuer = "https://lms.example.org",
        ClientId = "client-1",
        AuthorizationEndpoint = "https://lms.example.org/auth",
        TokenEndpoint = "https://lms.example.org/token",
        JwksUri = "https://lms.example.org/jwks",
        CreatedAt = createdAt,
    };
}
