using System.Net;
using LtiPathways.PathwayGraphQL.Data.Courses;
using LtiPathways.PathwayGraphQL.Data.Pathways;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.LtiTool.Tests.Partnerships;

/// <summary>Bad input gets a 4xx and its sentence beside the field with what was typed kept; nothing stored is lost; other institutions' ids are not found.</summary>
public sealed class PartnershipRefusalTests : PartnershipTest
{
    [Fact]
    public async Task An_agreement_ending_before_it_starts_is_refused_beside_the_expiry_date_and_nothing_is_stored()
    {
        var coordinator = await LaunchAsync("coordinator");
        var (providerId, page) = await AddProviderAsync(coordinator);

        var (status, html) = await PostAgreementAsync(page, providerId, Today, Today.AddDays(-1));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains($"The agreement must expire after it starts ({Day(Today)}); check the two dates.", html, StringComparison.Ordinal);
        Assert.Contains("id=\"agreement-expires-error\"", html, StringComparison.Ordinal);
        Assert.Contains("aria-describedby=\"agreement-expires-error\"", html, StringComparison.Ordinal);
        Assert.Contains("Names and attendance only.", html, StringComparison.Ordinal);
        Assert.Equal(0, await QueryAsync(db => db.PartnershipAgreements.CountAsync()));
    }

    [Fact]
    public async Task A_huge_or_wrong_attachment_is_refused_beside_the_file_field_and_nothing_is_stored()
    {
        var coordinator = await LaunchAsync("coordinator");
        var (providerId, page) = await AddProviderAsync(coordinator);

        var (huge, hugeHtml) = await PostAgreementAsync(page, providerId, Today, Today.AddYears(1), Pdf(10 * 1024 * 1024 + 1));
        var (program, programHtml) = await PostAgreementAsync(page, providerId, Today, Today.AddYears(1), [(byte)'M', (byte)'Z', 0x90, 0, 3, 0], "agreement.pdf");
        var (video, _) = await PostAgreementAsync(page, providerId, Today, Today.AddYears(1), [0x1A, 0x45, 0xDF, 0xA3, .. "webm"u8.ToArray()], "agreement.pdf");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, huge);
        Assert.Contains("an agreement file may be at most 10 MB. Nothing was saved", hugeHtml, StringComparison.Ordinal);
        Assert.Contains("id=\"agreement-file-error\"", hugeHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, program);
        Assert.Contains("attach the agreement as PDF, Word, PNG or JPEG", programHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, video);
        Assert.Equal(0, await QueryAsync(db => db.PartnershipAgreements.CountAsync()));
    }

    [Fact]
    public async Task A_scorecard_for_a_year_not_yet_started_is_refused_and_a_recorded_year_is_kept()
    {
        var coordinator = await LaunchAsync("coordinator");
        var (providerId, page) = await AddProviderAsync(coordinator);
        await PostAsync(page, $"/app/partnerships/providers/{providerId}/reviews", PartnershipLifecycleTests.Review(Today.Year - 1, "80", "90", "4", "10"));

        var (future, futureHtml) = await PostAsync(page, $"/app/partnerships/providers/{providerId}/reviews", PartnershipLifecycleTests.Review(Today.Year + 1, "80", "90", "4", "10"));
        var (again, againHtml) = await PostAsync(page, $"/app/partnerships/providers/{providerId}/reviews", PartnershipLifecycleTests.Review(Today.Year - 1, "10", "10", "1", "0"));
        var (bad, badHtml) = await PostAsync(page, $"/app/partnerships/providers/{providerId}/reviews", PartnershipLifecycleTests.Review(Today.Year, "120", "90", "4", "ten"));

        Assert.Equal(HttpStatusCode.BadRequest, future);
        Assert.Contains($"The school year starting in {Today.Year + 1} has not started yet", futureHtml, StringComparison.Ordinal);
        Assert.Contains("id=\"review-year-error\"", futureHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, again);
        Assert.Contains($"The {Today.Year - 1} review is recorded already", againHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, bad);
        Assert.Contains("Enter the completion rate as a percentage from 0 to 100.", badHtml, StringComparison.Ordinal);
        Assert.Contains("Enter how many credentials students earned", badHtml, StringComparison.Ordinal);
        Assert.Equal([80m], await QueryAsync(db => db.AnnualReviews.Select(r => r.CompletionPercent).ToListAsync()));
    }

    [Fact]
    public async Task Another_institutions_provider_and_students_are_not_found_and_nothing_changes()
    {
        var coordinator = await LaunchAsync("coordinator");
        var (providerId, page) = await AddProviderAsync(coordinator);
        var elsewhere = await ElsewhereAsync();
        var (_, foreignPage) = await AddProviderAsync(elsewhere, "Elsewhere Academy");
        var outsider = await StudentElsewhereAsync();

        var (read, readHtml) = await GetAsync($"/app/partnerships/providers/{providerId}", elsewhere);
        var (write, _) = await PostAsync(foreignPage, $"/app/partnerships/providers/{providerId}/meetings",
            [Field("meeting-held", Day(Today)), Field("meeting-attendees", "Someone"), Field("meeting-notes", "Guessed id.")]);
        var (pilot, pilotHtml) = await PostAsync(page, $"/app/partnerships/providers/{providerId}/pilot", [Field("pilot-students", outsider.ToString())]);
        var (_, overview) = await GetAsync("/app/partnerships", elsewhere);

        Assert.Equal(HttpStatusCode.NotFound, read);
        Assert.Contains("There is no such provider at this institution.", readHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, write);
        Assert.Equal(HttpStatusCode.NotFound, pilot);
        Assert.Contains("id=\"pilot-students-error\"", pilotHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("City College", overview, StringComparison.Ordinal);
        Assert.Equal(0, await QueryAsync(db => db.PartnershipMeetings.CountAsync()));
        Assert.Equal(0, await QueryAsync(db => db.PilotStudents.CountAsync()));
    }

    [Fact]
    public async Task A_student_and_a_teacher_without_the_coordinator_role_are_refused_until_listed()
    {
        var coordinator = await LaunchAsync("coordinator");
        var (providerId, _) = await AddProviderAsync(coordinator);
        var student = await LaunchAsync("student");
        var teacher = await LaunchAsync("teacher");

        var (studentRead, studentHtml) = await GetAsync("/app/partnerships", student);
        var (teacherRead, _) = await GetAsync($"/app/partnerships/providers/{providerId}", teacher);
        var (_, teacherPage) = await GetAsync("/app/pathways/caseload", teacher);
        var (teacherWrite, _) = await PostAsync(teacherPage, "/app/partnerships/providers",
            [Field("provider-organisation", "Sneaky"), Field("provider-kind", "OnlinePlatform"), Field("provider-status", "Prospective")]);
        await ListAsCoordinatorAsync("sandbox-teacher-1");
        var (listed, listedHtml) = await GetAsync($"/app/partnerships/providers/{providerId}", teacher);

        Assert.Equal(HttpStatusCode.Forbidden, studentRead);
        Assert.Contains("ask an administrator to add you to the coordinator list", studentHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, teacherRead);
        Assert.Equal(HttpStatusCode.Forbidden, teacherWrite);
        Assert.DoesNotContain("CRS partnerships", teacherPage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, listed);
        Assert.Contains("City College", listedHtml, StringComparison.Ordinal);
        Assert.Equal(1, await QueryAsync(db => db.PartnershipProviders.CountAsync()));
    }

    /// <summary>A student only of the second deployment's course (the sandbox roster puts its own people in the first).</summary>
    private Task<Guid> StudentElsewhereAsync() => QueryAsync(async db =>
    {
        var course = await db.Courses.SingleAsync(c => c.Deployment!.DeploymentId == Sandbox.SandboxPlatform.SecondDeploymentId);
        var registration = await db.PlatformDeployments.Where(d => d.Id == course.DeploymentId).Select(d => d.RegistrationId).SingleAsync();
        var student = new LtiUser { RegistrationId = registration, Subject = "elsewhere-student-1", Name = "Elsewhere Student" };
        db.Users.Add(student);
        db.Memberships.Add(new CourseMembership { CourseId = course.Id, UserId = student.Id, Role = CourseRole.Student, Roles = "" });
        await db.SaveChangesAsync();
        return student.Id;
    });

    private Task<int> ListAsCoordinatorAsync(string subject) => QueryAsync(async db =>
    {
        var user = await db.Users.SingleAsync(u => u.Subject == subject);
        var deployment = await db.PlatformDeployments.SingleAsync(d => d.DeploymentId == Sandbox.SandboxPlatform.DeploymentId);
        db.PathwayCoordinators.Add(new PathwayCoordinator { RegistrationId = user.RegistrationId, DeploymentId = deployment.Id, UserId = user.Id, AddedAt = Factory.Clock.GetUtcNow().UtcDateTime });
        return await db.SaveChangesAsync();
    });
}
