using System.Net;
using LtiPathways.LtiTool.Tests.Infrastructure;
using LtiPathways.PathwayGraphQL.Data.Courses;
using LtiPathways.PathwayGraphQL.Data.Platforms;
using LtiPathways.PathwayGraphQL.Data.Rubrics;
using LtiPathways.Rubrics;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.LtiTool.Tests.Assessments;

public sealed class RubricLibraryTests : IAsyncLifetime, IDisposable
{
    private readonly ToolFactory factory = new();
    private AssessmentHarness harness = default!;
    private LibraryClient teacher = default!;

    public async Task InitializeAsync()
    {
        harness = await AssessmentHarness.StartAsync(factory);
        teacher = new LibraryClient(harness, await harness.TeacherAsync());
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        harness.Dispose();
        factory.Dispose();
    }

    [Fact]
    public async Task Copy_and_share_post_to_routes_of_their_own_and_the_old_shared_one_takes_none()
    {
        var page = await teacher.PageAsync("/app/rubrics");
        await teacher.PostAsync(page, "/app/rubrics/copy-template", new Dictionary<string, string> { ["template"] = RubricTemplates.All[0].Key });
        page = await teacher.PageAsync("/app/rubrics");

        Assert.Contains("action=\"/app/rubrics/copy-template\"", page, StringComparison.Ordinal);
        Assert.Contains("action=\"/app/rubrics/copy\"", page, StringComparison.Ordinal);
        Assert.Contains("formaction=\"/app/rubrics/share\"", page, StringComparison.Ordinal);
        var (status, _) = await teacher.PostAsync(page, "/app/rubrics", new Dictionary<string, string> { ["copy-template"] = RubricTemplates.All[0].Key });
        Assert.Equal(HttpStatusCode.MethodNotAllowed, status);
        Assert.Equal(1, await harness.QueryAsync(db => db.Rubrics.CountAsync()));
    }

    [Fact]
    public async Task Copying_a_template_makes_a_course_rubric_owned_by_the_teacher()
    {
        var page = await teacher.PageAsync("/app/rubrics");
        Assert.Contains("Templates shipped with LtiPathways", page, StringComparison.Ordinal);

        var (status, html) = await teacher.PostAsync(page, "/app/rubrics/copy-template", new Dictionary<string, string> { ["template"] = RubricTemplates.All[0].Key });

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("is now a rubric of this course", html, StringComparison.Ordinal);
        var teacherId = await harness.Scenario.UserIdAsync(SandboxSubject("teacher"));
        var copy = await harness.QueryAsync(db => db.Rubrics.SingleAsync(r => r.TemplateKey == RubricTemplates.All[0].Key));
        Assert.Equal(ShareScope.Course, copy.Scope);
        Assert.Equal(teacherId, copy.OwnerUserId);
        Assert.NotNull(copy.CourseId);
    }

    [Fact]
    public async Task Another_course_cannot_see_a_course_rubric_and_institution_sharing_reaches_the_same_institution_only()
    {
        var (course, deployment, registration) = await harness.QueryAsync(async db =>
        {
            var c = await db.Courses.Include(x => x.Deployment).FirstAsync();
            return (c.Id, c.DeploymentId, c.Deployment!.RegistrationId);
        });
        var otherCourse = await harness.QueryAsync(async db =>
        {
            var other = new Course { DeploymentId = deployment, ContextId = "other-course", Title = "Other course" };
            db.Courses.Add(other);
            await db.SaveChangesAsync();
            return other.Id;
        });
        var otherCourses = await AddRubricAsync("Other course's rubric", registration, deployment, otherCourse, ShareScope.Course);
        var shared = await AddRubricAsync("Shared in our institution", registration, deployment, null, ShareScope.Institution);
        var foreign = await AddRubricAsync("Another platform's rubric", Guid.NewGuid(), deployment, null, ShareScope.Institution);
        // Another school on the same platform registration (one LMS key for a consortium) is another deployment.
        var neighbour = await harness.QueryAsync(async db =>
        {
            var other = new PlatformDeployment { RegistrationId = registration, DeploymentId = "neighbouring-school" };
            db.PlatformDeployments.Add(other);
            await db.SaveChangesAsync();
            return other.Id;
        });
        var neighbours = await AddRubricAsync("The neighbouring school's rubric", registration, neighbour, null, ShareScope.Institution);

        var page = await teacher.PageAsync("/app/rubrics");

        Assert.DoesNotContain("Other course&#x27;s rubric", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Another platform", page, StringComparison.Ordinal);
        Assert.DoesNotContain("neighbouring school", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await teacher.GetAsync($"/app/rubrics/export?rubric={neighbours}")).Status);
        Assert.Contains("Shared in our institution", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await teacher.GetAsync($"/app/rubrics/export?rubric={otherCourses}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await teacher.GetAsync($"/app/rubrics/export?rubric={foreign}")).Status);
        Assert.Equal(HttpStatusCode.OK, (await teacher.GetAsync($"/app/rubrics/export?rubric={shared}")).Status);
        var (status, html) = await teacher.PostAsync(page, "/app/rubrics/share", new Dictionary<string, string> { ["rubric"] = shared.ToString(), ["to"] = "course" });
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("Only the rubric&#x27;s owner", html, StringComparison.Ordinal);
        Assert.NotEqual(course, otherCourse);
    }

    [Fact]
    public async Task The_owner_shares_a_course_rubric_with_the_institution_and_takes_it_back()
    {
        var page = await teacher.PageAsync("/app/rubrics");
        await teacher.PostAsync(page, "/app/rubrics/copy-template", new Dictionary<string, string> { ["template"] = RubricTemplates.All[0].Key });
        var id = await harness.QueryAsync(db => db.Rubrics.Where(r => r.TemplateKey == RubricTemplates.All[0].Key).Select(r => r.Id).SingleAsync());

        var (status, _) = await teacher.PostAsync(page, "/app/rubrics/share", new Dictionary<string, string> { ["rubric"] = id.ToString(), ["to"] = "institution" });

        Assert.Equal(HttpStatusCode.OK, status);
        var rubric = await harness.QueryAsync(db => db.Rubrics.SingleAsync(r => r.Id == id));
        Assert.Equal(ShareScope.Institution, rubric.Scope);
        Assert.Null(rubric.CourseId);
    }

    private static string SandboxSubject(string person) => LtiPathways.LtiTool.Sandbox.SandboxCourse.Find(person)!.Subject;

    private Task<Guid> AddRubricAsync(string title, Guid registration, Guid deployment, Guid? course, ShareScope scope) =>
        LibraryRubricRows.AddAsync(harness, title, registration, deployment, course, scope);
}
