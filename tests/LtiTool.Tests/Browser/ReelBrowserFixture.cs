using LtiPathways.LtiTool.Sandbox;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Assignments;
using LtiPathways.PathwayGraphQL.Data.Rubrics;
using LtiPathways.PathwayGraphQL.Data.Submissions;
using LtiPathways.Rubrics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LtiPathways.LtiTool.Tests.Browser;

/// <summary>
/// The planner's browser fixture with a way into the tool's database, to give the sandbox student Jordan Lee work to
/// show on a reel: two handed-in essays and a released rubric result in the sandbox course.
/// </summary>
public sealed class ReelBrowserFixture : BrowserFixture
{
    private KestrelToolFactory? tool;

    protected override void ConfigureTool(KestrelToolFactory factory)
    {
        factory.Settings["Sandbox:DemoPlans"] = "true";
        tool = factory;
    }

    /// <summary>Called after Jordan's launch, so Jordan and the course exist.</summary>
    public async Task GiveJordanWorkAsync()
    {
        using var scope = tool!.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PathwaysDbContext>();
        var now = tool.Clock.GetUtcNow().UtcDateTime;
        var jordan = await db.Users.SingleAsync(u => u.Subject == SandboxCourse.Find("student")!.Subject);
        var teacher = await db.Users.SingleAsync(u => u.Subject == SandboxCourse.Find("teacher")!.Subject);
        var course = await db.Courses.SingleAsync(c => c.ContextId == SandboxCourse.ContextId);
        var deployment = await db.PlatformDeployments.SingleAsync(d => d.Id == course.DeploymentId);
        Submission Essay(string title, string html, int daysAgo)
        {
            var assignment = new Assignment { CourseId = course.Id, Kind = AssignmentKind.AssessedWork, Title = title, CreatedByUserId = teacher.Id, CreatedAt = now.AddDays(-daysAgo - 7) };
            db.Assignments.Add(assignment);
            return new Submission
            {
                AssignmentId = assignment.Id, CourseId = course.Id, StudentUserId = jordan.Id, Status = SubmissionStatus.Submitted, EssayHtml = html,
                EssayMarkdown = html, WordCount = 12, CreatedAt = now.AddDays(-daysAgo), UpdatedAt = now.AddDays(-daysAgo), SubmittedAt = now.AddDays(-daysAgo),
            };
        }
        db.Submissions.AddRange(
            Essay("Why I want to work in health care", "<p>Two summers at the clinic reception showed me how much a calm voice helps a worried patient.</p>", 40),
            Essay("Community project report", "<p>Our food drive collected 320 kg; the planning sheet we made is now used by the next group.</p>", 12));
        var presentation = new Assignment { CourseId = course.Id, Kind = AssignmentKind.AssessedWork, Title = "Employability presentation", CreatedByUserId = teacher.Id };
        var rubric = new LibraryRubric { RegistrationId = deployment.RegistrationId, DeploymentId = deployment.Id, CourseId = course.Id, OwnerUserId = teacher.Id, Title = "Employability" };
        var version = new RubricVersion(1, DateTimeOffset.UnixEpoch, RubricKind.Analytic, [new FreeFormCriterion("c1", "Communication", "", 20m)], []);
        rubric.Versions.Add(new LibraryRubricVersion
        {
            Number = 1, Json = RubricJson.Write(new Rubric(rubric.Id.ToString(), "Employability", teacher.Id.ToString(), ShareScope.Course, null, [version])),
        });
        var assessment = new RubricAssessment
        {
            AssignmentId = presentation.Id, StudentUserId = jordan.Id, MarkerUserId = teacher.Id, RubricId = rubric.Id, RubricVersionNumber = 1,
            SelectionsJson = SelectionsJson.Write(new Selections([new PointsSelection("c1", 17m)])), Status = AssessmentStatus.Released, ReleasedAt = now.AddDays(-3),
        };
        db.AddRange(presentation, rubric, assessment);
        await db.SaveChangesAsync();
    }
}
