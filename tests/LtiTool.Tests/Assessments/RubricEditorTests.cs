using System.Net;
using LtiPathways.LtiTool.Tests.Infrastructure;
using LtiPathways.PathwayGraphQL.Data.Courses;
using LtiPathways.Rubrics;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.LtiTool.Tests.Assessments;

/// <summary>The rubric editor without scripts: every add, move and remove is a post that draws the form again.</summary>
public sealed class RubricEditorTests : IAsyncLifetime, IDisposable
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
    public async Task Add_move_and_remove_redraw_the_form_with_what_was_typed_and_say_what_happened()
    {
        var page = await teacher.PageAsync("/app/rubrics/new");
        var fields = EditorForm.Fields(page);
        fields["title"] = "Welding practical";
        fields["c0-title"] = "Safety";
        fields["c0-r0-title"] = "Secure";

        page = await ChangeAsync(page, fields, "add-criterion");
        fields = EditorForm.Fields(page);
        Assert.Equal("Welding practical", fields["title"]);
        Assert.Equal("Secure", fields["c1-r0-title"]);
        Assert.Contains("Added criterion 2 of 2.", Text(page), StringComparison.Ordinal);
        fields["c1-title"] = "Technique";

        page = await ChangeAsync(page, fields, "up-c1");
        fields = EditorForm.Fields(page);
        Assert.Equal("Technique", fields["c0-title"]);
        Assert.Equal("Safety", fields["c1-title"]);
        Assert.Contains("Moved “Technique” to position 1 of 2.", Text(page), StringComparison.Ordinal);
        Assert.Contains("data-focus-target=\"down-c0\"", page, StringComparison.Ordinal);
        Assert.Matches("\\sdisabled[\\s/>=]", EditorForm.Tag(page, "up-c0"));

        page = await ChangeAsync(page, fields, "remove-c1-r1");
        fields = EditorForm.Fields(page);
        Assert.Equal("3", fields["c1-r0-points"]);
        Assert.Equal("1", fields["c1-r1-points"]);
        Assert.False(fields.ContainsKey("c1-r2-id"));
        Assert.Contains("data-focus-target=\"c1-r1-title\"", page, StringComparison.Ordinal);
        Assert.Contains("from Safety; 2 left.", Text(page), StringComparison.Ordinal);
        Assert.Contains("Choosing the top level of every criterion gives 6 of 6; the lowest level of every criterion gives 2 of 6.", Text(page), StringComparison.Ordinal);
        Assert.Equal(0, await harness.QueryAsync(db => db.Rubrics.CountAsync(r => r.Title == "Welding practical")));
    }

    [Fact]
    public async Task A_refused_save_puts_each_sentence_beside_its_field_and_in_the_summary_and_stores_nothing()
    {
        var page = await teacher.PageAsync("/app/rubrics/new");
        var fields = EditorForm.Fields(page);
        fields["title"] = "Broken rubric";
        fields["c0-title"] = "Safety";
        fields["c0-weight"] = "0";
        fields["c0-r1-points"] = "-2";

        var (status, html) = await teacher.PostAsync(page, "/app/rubrics/edit/save", fields);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("href=\"#c0-weight\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"#c0-r1-points\"", html, StringComparison.Ordinal);
        var weight = EditorForm.Tag(html, "c0-weight");
        Assert.Equal("true", EditorForm.Attribute(weight, "aria-invalid"));
        Assert.Equal("c0-weight-error", EditorForm.Attribute(weight, "aria-describedby"));
        Assert.NotEmpty(EditorForm.Tag(html, "c0-weight-error"));
        Assert.Contains("Criterion 'Safety' needs a weight above 0.", Text(html), StringComparison.Ordinal);
        Assert.Equal("true", EditorForm.Attribute(EditorForm.Tag(html, "c0-r1-points"), "aria-invalid"));
        Assert.Contains("data-focus-target=\"problem-region\"", html, StringComparison.Ordinal);
        Assert.Equal("-2", EditorForm.Fields(html)["c0-r1-points"]);

        fields["c0-weight"] = "two";
        (status, html) = await teacher.PostAsync(page, "/app/rubrics/edit/save", fields);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("c0-weight-error", EditorForm.Attribute(EditorForm.Tag(html, "c0-weight"), "aria-describedby"));
        Assert.Contains("Enter a number, like 4 or 2.5.", Text(html), StringComparison.Ordinal);
        Assert.Equal(0, await harness.QueryAsync(db => db.Rubrics.CountAsync(r => r.Title == "Broken rubric")));
    }

    [Fact]
    public async Task Saving_a_new_rubric_stores_version_1_and_saving_again_after_marking_makes_version_2()
    {
        var page = await teacher.PageAsync("/app/rubrics/new");
        var fields = EditorForm.Fields(page);
        fields["title"] = "Interview skills";
        fields["c0-title"] = "Eye contact";

        var (status, html) = await teacher.PostAsync(page, "/app/rubrics/edit/save", fields);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Saved version 1", Text(html), StringComparison.Ordinal);
        var rubric = await harness.QueryAsync(db => db.Rubrics.SingleAsync(r => r.Title == "Interview skills"));
        Assert.Equal(rubric.Id.ToString(), EditorForm.Fields(html)["rubric"]);
        Assert.DoesNotContain("ownerId", html, StringComparison.Ordinal);
        Assert.DoesNotContain("createdAt", html, StringComparison.Ordinal);
        Assert.DoesNotContain("scopeId", html, StringComparison.Ordinal);

        await harness.OpenAsync(teacher.Token);
        var marked = await harness.QueryAsync(db => db.Rubrics.Where(r => r.Title != "Interview skills").Select(r => r.Id).SingleAsync());
        var student = await harness.Scenario.UserIdAsync(harness.Scenario.StudentSubject);
        await harness.DraftAsync(teacher.Token, student, null, AssessmentHarness.GoodMarks());
        var edit = await teacher.PageAsync($"/app/rubrics/edit?rubric={marked}");
        fields = EditorForm.Fields(edit);
        fields["c0-weight"] = "2";
        (status, html) = await teacher.PostAsync(edit, "/app/rubrics/edit/save", fields);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Saved as version 2", Text(html), StringComparison.Ordinal);
        Assert.Equal(2, await harness.QueryAsync(db => db.RubricVersions.CountAsync(v => v.RubricId == marked)));
        Assert.Contains("data-testid=\"version\">Latest version 2", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_rubric_of_another_course_is_refused_on_every_route_and_a_shared_one_is_for_its_owner_only()
    {
        var (deployment, registration) = await harness.QueryAsync(async db =>
        {
            var c = await db.Courses.Include(x => x.Deployment).FirstAsync();
            return (c.DeploymentId, c.Deployment!.RegistrationId);
        });
        var otherCourse = await harness.QueryAsync(async db =>
        {
            var other = new Course { DeploymentId = deployment, ContextId = "other-course", Title = "Other course" };
            db.Courses.Add(other);
            await db.SaveChangesAsync();
            return other.Id;
        });
        var foreign = await AddRubricAsync("Other course's rubric", registration, deployment, otherCourse, ShareScope.Course);
        var shared = await AddRubricAsync("Someone else's shared rubric", registration, deployment, null, ShareScope.Institution);
        var page = await teacher.PageAsync("/app/rubrics/new");
        var fields = EditorForm.Fields(page);
        fields["title"] = "Taken over";
        fields["c0-title"] = "Anything";

        Assert.Equal(HttpStatusCode.NotFound, (await teacher.GetAsync($"/app/rubrics/edit?rubric={foreign}")).Status);
        foreach (var route in new[] { "/app/rubrics/edit/save", "/app/rubrics/edit/change" })
        {
            fields["rubric"] = foreign.ToString();
            fields["change"] = "add-criterion";
            Assert.Equal(HttpStatusCode.NotFound, (await teacher.PostAsync(page, route, fields)).Status);
            fields["rubric"] = shared.ToString();
            Assert.Equal(HttpStatusCode.Forbidden, (await teacher.PostAsync(page, route, fields)).Status);
        }
        Assert.Equal(HttpStatusCode.Forbidden, (await teacher.GetAsync($"/app/rubrics/edit?rubric={shared}")).Status);
        Assert.Equal(0, await harness.QueryAsync(db => db.Rubrics.CountAsync(r => r.Title == "Taken over")));
        Assert.Equal(2, await harness.QueryAsync(db => db.RubricVersions.CountAsync(v => v.RubricId == foreign || v.RubricId == shared)));
    }

    private async Task<string> ChangeAsync(string page, Dictionary<string, string> fields, string change)
    {
        var (status, html) = await teacher.PostAsync(page, "/app/rubrics/edit/change", new Dictionary<string, string>(fields) { ["change"] = change });
        Assert.Equal(HttpStatusCode.OK, status);
        return html;
    }

    private static string Text(string html) => WebUtility.HtmlDecode(html);

    private Task<Guid> AddRubricAsync(string title, Guid registration, Guid deployment, Guid? course, ShareScope scope) =>
        LibraryRubricRows.AddAsync(harness, title, registration, deployment, course, scope);
}
