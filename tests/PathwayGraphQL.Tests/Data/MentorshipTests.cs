using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Courses;
using LtiPathways.PathwayGraphQL.Data.Mentoring;
using LtiPathways.PathwayGraphQL.Data.Platforms;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.PathwayGraphQL.Tests.Data;

public sealed class MentorshipTests : IAsyncLifetime, IDisposable
{
    private readonly SqliteDatabase database = new();
    private PlatformRegistration school = default!;
    private PlatformRegistration otherSchool = default!;
    private LtiUser mentor = default!;

    public async Task InitializeAsync()
    {
        await using var db = database.NewContext();
        await db.Database.MigrateAsync();
        (school, otherSchool) = (Registration("client-1"), Registration("client-2"));
        mentor = new LtiUser { RegistrationId = school.Id, Subject = "mentor-1", Name = "Sam Okafor" };
        db.AddRange(school, otherSchool, mentor);
        await db.SaveChangesAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => database.Dispose();

    [Fact]
    public async Task A_mentor_and_mentee_are_paired_once_per_registration()
    {
        await using var db = database.NewContext();
        db.Mentorships.Add(Mentorship("student-1"));
        db.Mentorships.Add(Mentorship("student-1", MentorshipSource.Manual));

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public async Task Mentees_resolve_to_people_of_the_mentors_registration_only()
    {
        await using (var db = database.NewContext())
        {
            db.Mentorships.AddRange(Mentorship("student-1"), Mentorship("not-launched-yet"));
            db.Users.AddRange(
                new LtiUser { RegistrationId = school.Id, Subject = "student-1", Name = "Jordan Lee" },
                new LtiUser { RegistrationId = otherSchool.Id, Subject = "student-1", Name = "Someone at another school" },
                new LtiUser { RegistrationId = school.Id, Subject = "student-2", Name = "Casey Moreau" });
            await db.SaveChangesAsync();
        }

        await using var fresh = database.NewContext();
        var mentees = await fresh.MenteesOf(school.Id, mentor.Id).Select(u => u.Name).ToListAsync();
        var seenFromTheOtherSchool = await fresh.MenteesOf(otherSchool.Id, mentor.Id).ToListAsync();

        Assert.Equal(["Jordan Lee"], mentees);
        Assert.Empty(seenFromTheOtherSchool);
    }

    [Fact]
    public async Task Ending_a_mentorship_removes_the_courses_that_named_it()
    {
        await using (var db = database.NewContext())
        {
            var deployment = new PlatformDeployment { RegistrationId = school.Id, DeploymentId = "d-1" };
            var course = new Course { DeploymentId = deployment.Id, ContextId = "c-1" };
            var mentorship = Mentorship("student-1");
            mentorship.ClaimCourses.Add(new MentorshipClaimCourse { CourseId = course.Id, SeenAt = DateTime.UnixEpoch });
            db.AddRange(deployment, course, mentorship);
            await db.SaveChangesAsync();
        }

        await using (var db = database.NewContext())
        {
            db.Mentorships.Remove(await db.Mentorships.SingleAsync());
            await db.SaveChangesAsync();
        }

        await using var check = database.NewContext();
        Assert.Equal(0, await check.MentorshipClaimCourses.CountAsync());
    }

    private Mentorship Mentorship(string mentee, MentorshipSource source = MentorshipSource.LtiClaim) => new()
    {
        RegistrationId = school.Id, MentorUserId = mentor.Id, MenteeSubject = mentee, Source = source, UpdatedAt = DateTime.UnixEpoch,
    };

    private static PlatformRegistration Registration(string clientId) => new()
    {
        Issuer = "https://lms.example.org", ClientId = clientId, AuthorizationEndpoint = "https://lms.example.org/auth",
        TokenEndpoint = "https://lms.example.org/token", JwksUri = "https://lms.example.org/jwks", CreatedAt = DateTime.UnixEpoch,
    };
}
