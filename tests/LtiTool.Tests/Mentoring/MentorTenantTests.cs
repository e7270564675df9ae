using System.Net;
using LtiPathways.PathwayGraphQL.Data.Assignments;
using LtiPathways.PathwayGraphQL.Data.Courses;
using LtiPathways.PathwayGraphQL.Data.Platforms;
using LtiPathways.PathwayGraphQL.Data.Submissions;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.LtiTool.Tests.Mentoring;

/// <summary>
/// A mentee is a person of the mentor's own platform: the same <c>sub</c> on another registration (another school's
/// LMS, or a second client of the same one) names someone else, whose work the mentor never reaches.
/// </summary>
public sealed class MentorTenantTests : IAsyncLifetime, IDisposable
{
    private const string OtherName = "Robin Elsewhere";
    private readonly MentorScenario scenario = new();
    private (Guid Assignment, Guid Submission, Guid File) other;

    public async Task InitializeAsync()
    {
        await scenario.StartAsync();
        other = await SeedOtherPlatformStudentAsync(subject: "sandbox-student-1");
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => scenario.Dispose();

    [Fact]
    public async Task The_same_sub_on_another_platform_is_not_the_mentors_mentee()
    {
        var paths = new[]
        {
            $"/app/assignments/{other.Assignment}/submission",
            $"/app/assignments/{other.Assignment}/submissions/{other.Submission}",
            $"/app/assignments/{scenario.AssignmentId}/submissions/{other.Submission}",
            $"/app/assignments/{other.Assignment}/files/{other.File}/comments",
            $"/app/assignments/{scenario.AssignmentId}/files/{other.File}/comments",
        };

        foreach (var path in paths)
        {
            var (status, body) = await scenario.GetAsync(path, scenario.Mentor);
            Assert.True(status == HttpStatusCode.NotFound, $"{path} answered {(int)status}");
            Assert.DoesNotContain(OtherName, body, StringComparison.Ordinal);
        }

        var (_, list) = await scenario.GetAsync(scenario.SubmissionsPage, scenario.Mentor);
        Assert.Contains("Jordan Lee", list, StringComparison.Ordinal);
        Assert.DoesNotContain(OtherName, list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_mentorship_recorded_on_another_platform_opens_nothing_here()
    {
        // The mentor's own platform no longer names Jordan; a record on the other registration must not stand in for it.
        var unlinked = await scenario.Harness.SessionAsync("mentor", claims => claims.Remove("https://purl.imsglobal.org/spec/lti/claim/role_scope_mentor"));
        await scenario.Harness.QueryAsync(async db =>
        {
            var mentor = await db.Users.SingleAsync(u => u.Subject == "sandbox-mentor-1");
            var registration = await db.PlatformRegistrations.SingleAsync(r => r.ClientId == "other-client");
            db.Mentorships.Add(new PathwayGraphQL.Data.Mentoring.Mentorship
            {
                RegistrationId = registration.Id, MentorUserId = mentor.Id, MenteeSubject = "sandbox-student-1", UpdatedAt = DateTime.UtcNow,
            });
            return await db.SaveChangesAsync();
        });

        var (status, list) = await scenario.GetAsync(scenario.SubmissionsPage, unlinked);
        var (opened, _) = await scenario.GetAsync($"/app/assignments/{scenario.AssignmentId}/submissions/{scenario.JordanVideo.SubmissionId}", unlinked);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.DoesNotContain("Jordan Lee", list, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, opened);
    }

    /// <summary>Another registration with a course, an assessed assignment and a student holding the given sub, with submitted work.</summary>
    private Task<(Guid, Guid, Guid)> SeedOtherPlatformStudentAsync(string subject) => scenario.Harness.QueryAsync(async db =>
    {
        var now = DateTime.UtcNow;
        var registration = new PlatformRegistration
        {
            Issuer = "https://lms.other-school.example", ClientId = "other-client", AuthorizationEndpoint = "https://lms.other-school.example/auth",
            TokenEndpoint = "https://lms.other-school.example/token", JwksUri = "https://lms.other-school.example/jwks", CreatedAt = now,
        };
        var deployment = new PlatformDeployment { RegistrationId = registration.Id, DeploymentId = "other-deployment" };
        var course = new Course { DeploymentId = deployment.Id, ContextId = "other-course", Title = "Another school's course" };
        var student = new LtiUser { RegistrationId = registration.Id, Subject = subject, Name = OtherName };
        var assignment = new Assignment { CourseId = course.Id, Kind = AssignmentKind.AssessedWork, Title = "Elsewhere essay", SubmissionTypes = "file", CreatedAt = now };
        var submission = new Submission
        {
            AssignmentId = assignment.Id, CourseId = course.Id, StudentUserId = student.Id, Status = SubmissionStatus.Submitted,
            CreatedAt = now, UpdatedAt = now, SubmittedAt = now,
        };
        var file = new SubmissionFile
        {
            SubmissionId = submission.Id, Sha256 = scenario.CaseyPdf.Sha256, StorageKey = scenario.CaseyPdf.StorageKey, Size = scenario.CaseyPdf.Size,
            MediaType = "application/pdf", OriginalName = "elsewhere.pdf", CreatedAt = now,
        };
        db.AddRange(registration, deployment, course, student, assignment, submission, file);
        db.Memberships.Add(new CourseMembership { CourseId = course.Id, UserId = student.Id, Role = CourseRole.Student });
        await db.SaveChangesAsync();
        return (assignment.Id, submission.Id, file.Id);
    });
}
