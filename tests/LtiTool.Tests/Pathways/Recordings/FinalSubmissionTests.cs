using System.Net;
using LtiPathways.LtiTool.Sandbox;
using LtiPathways.PathwayGraphQL.Data.Assignments;
using LtiPathways.PathwayGraphQL.Data.Submissions;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.LtiTool.Tests.Pathways.Recordings;

/// <summary>The Reflective Project's final submission links work the student handed in, chosen from their own list.</summary>
public sealed class FinalSubmissionTests : PlannerTest
{
    [Fact]
    public async Task The_final_submission_links_the_students_own_handed_in_essay_and_counts_as_the_artefact()
    {
        var student = await LaunchAsync("student");
        var (planId, page) = await StartPlanAsync(student);
        await LaunchAsync("teacher");
        var essay = await HandedInAsync(await UserIdAsync(SandboxCourse.Find("student")!.Subject), "Reflective Project essay");
        var (_, page2) = await GetAsync($"/app/pathways/plans/{planId}", student);

        var (typed, typedHtml) = await PostAsync(page2, $"/app/pathways/plans/{planId}/project-artefacts",
            [Field("base_version", "1"), Field("projectArtefacts-kind", "final-submission"), Field("projectArtefacts-title", "My essay"),
             Field("projectArtefacts-completedOn", "2026-11-01")]);
        var (linked, plan) = await PostAsync(page2, $"/app/pathways/plans/{planId}/project-artefacts",
            [Field("base_version", "1"), Field("projectArtefacts-kind", "final-submission"), Field("projectArtefacts-submission", essay.ToString()),
             Field("projectArtefacts-completedOn", Today())]);

        Assert.Contains($"<option value=\"{essay}\"", page2, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, typed);
        Assert.Contains("The final submission is work you hand in: choose it from the list of your handed-in work.", typedHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, linked);
        Assert.Contains("Reflective Project essay (handed in", plan, StringComparison.Ordinal);
        Assert.Contains("linked to handed-in work", plan, StringComparison.Ordinal);
        Assert.DoesNotContain("final submission (linked to the work you handed in)", plan, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_submission_of_another_student_is_refused_with_a_sentence_and_nothing_is_saved()
    {
        var student = await LaunchAsync("student");
        var (planId, page) = await StartPlanAsync(student);
        await LaunchCaseyAsync();
        await LaunchAsync("teacher");
        var caseys = await HandedInAsync(await UserIdAsync(CaseySubject), "Casey's essay");

        var (status, html) = await PostAsync(page, $"/app/pathways/plans/{planId}/project-artefacts",
            [Field("base_version", "1"), Field("projectArtefacts-kind", "final-submission"), Field("projectArtefacts-submission", caseys.ToString())]);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("Choose work you handed in from the list; only your own work at this school can be linked.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Casey&#x27;s essay", html, StringComparison.Ordinal);
        Assert.Equal(1, await QueryAsync(db => db.Plans.Where(p => p.Id == planId).Select(p => p.CurrentVersion).SingleAsync()));
    }

    private string Today() => DateOnly.FromDateTime(Factory.Clock.GetUtcNow().UtcDateTime).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>An essay the student handed in to an assignment of the sandbox course.</summary>
    private Task<Guid> HandedInAsync(Guid studentId, string title) => QueryAsync(async db =>
    {
        var teacher = await db.Users.Where(u => u.Subject == SandboxCourse.Find("teacher")!.Subject).Select(u => u.Id).SingleAsync();
        var course = await db.Courses.SingleAsync(c => c.ContextId == SandboxCourse.ContextId);
        var assignment = new Assignment { CourseId = course.Id, Kind = AssignmentKind.AssessedWork, Title = title, CreatedByUserId = teacher };
        var now = Factory.Clock.GetUtcNow().UtcDateTime;
        var submission = new Submission
        {
            AssignmentId = assignment.Id, CourseId = course.Id, StudentUserId = studentId, Status = SubmissionStatus.Submitted,
            EssayMarkdown = "My project.", EssayHtml = "<p>My project.</p>", WordCount = 2, CreatedAt = now, UpdatedAt = now, SubmittedAt = now,
        };
        db.AddRange(assignment, submission);
        await db.SaveChangesAsync();
        return submission.Id;
    });
}
