using LtiPathways.LtiTool.Sandbox;
using LtiPathways.PathwayGraphQL.Data.Api;
using LtiPathways.Rubrics;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.LtiTool.Tests.GraphQL;

/// <summary>
/// Rubrics created, imported and versioned through the API, per role: the library page's services and rules; bad files,
/// unknown ids and another institution's ids are clear errors and store nothing.
/// </summary>
public sealed class RubricMutationTests : IAsyncLifetime, IDisposable
{
    private const string Create = "mutation($input: CreateRubricInput!) { createRubric(input: $input) { rubric { id title scope } } }";
    private const string Import = "mutation($input: ImportRubricInput!) { importRubric(input: $input) { rubric { id title versions { totalCount } } } }";
    private const string Save = """
        mutation($input: SaveRubricVersionInput!) { saveRubricVersion(input: $input) { version { number } newVersion rubric { id title versions { totalCount } } } }
        """;

    private const string Csv = "Rubric Name,Criteria Name,Criteria Description,Criteria Enable Range,Rating Name,Rating Description,Rating Points\r\n"
        + "Welding log,Safety,Safe work,false,Strong,,4\r\nWelding log,Safety,Safe work,false,Weak,,1\r\n";

    private GradingScenario scenario = default!;
    private string teacher = "";
    private string courseId = "";

    public async Task InitializeAsync()
    {
        scenario = await GradingScenario.StartAsync();
        teacher = await scenario.SessionAsync("teacher");
        courseId = (await scenario.PostAsync(teacher, "{ courses { edges { node { id } } } }")).Data!["courses"]!["edges"]![0]!["node"]!["id"]!.GetValue<string>();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => scenario.Dispose();

    [Fact]
    public async Task A_teacher_creates_imports_and_versions_rubrics_that_the_library_then_lists()
    {
        var created = await scenario.PostAsync(teacher, Create, new { input = new { courseId, template = "cte-employability-skills" } });
        var imported = await scenario.PostAsync(teacher, Import, new { input = new { courseId, fileName = "welding.csv", content = Csv } });
        Assert.True(created.Errors is null, created.Text);
        Assert.True(imported.Errors is null, imported.Text);
        var rubricId = imported.Data!["importRubric"]!["rubric"]!["id"]!.GetValue<string>();
        var json = await CurrentJsonAsync("Welding log");

        var saved = await scenario.PostAsync(teacher, Save, new { input = new { courseId, rubricId, json = Retitled(json, "Welding log, term 2") } });

        Assert.Equal(("CTE Employability Skills", "COURSE"), (created.Data!["createRubric"]!["rubric"]!["title"]!.GetValue<string>(),
            created.Data!["createRubric"]!["rubric"]!["scope"]!.GetValue<string>()));
        Assert.True(saved.Errors is null, saved.Text);
        var payload = saved.Data!["saveRubricVersion"]!;
        Assert.Equal("Welding log, term 2", payload["rubric"]!["title"]!.GetValue<string>());
        Assert.False(payload["newVersion"]!.GetValue<bool>());
        var library = await scenario.PostAsync(teacher, "{ courses { edges { node { rubrics(first: 20) { edges { node { title } } } } } } }");
        Assert.Contains("Welding log, term 2", library.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Students_mentors_and_read_only_tokens_change_no_library_and_a_write_token_acts_for_the_institution()
    {
        var before = await RubricCountAsync();
        var input = new { input = new { courseId, template = "cte-employability-skills" } };

        var student = await scenario.PostAsync(await scenario.SessionAsync("student"), Create, input);
        var mentor = await scenario.PostAsync(await scenario.SessionAsync("mentor"), Create, input);
        var readOnly = await scenario.PostAsync(await scenario.TokenAsync(), Create, input);
        Assert.Equal(before, await RubricCountAsync());
        var write = await scenario.PostAsync(await scenario.TokenAsync(ApiTokenScope.Write), Create, input);

        Assert.Equal("FORBIDDEN", student.FirstCode);
        Assert.Equal("FORBIDDEN", mentor.FirstCode);
        Assert.Equal("READ_ONLY_TOKEN", readOnly.FirstCode);
        Assert.True(write.Errors is null, write.Text);
        Assert.Equal(before + 1, await RubricCountAsync());
    }

    [Fact]
    public async Task Malformed_files_unknown_templates_and_unknown_or_foreign_ids_are_clear_errors_and_store_nothing()
    {
        var imported = await scenario.PostAsync(teacher, Import, new { input = new { courseId, fileName = "welding.csv", content = Csv } });
        var rubricId = imported.Data!["importRubric"]!["rubric"]!["id"]!.GetValue<string>();
        var json = await CurrentJsonAsync("Welding log");
        var otherTeacher = await scenario.Api.SessionAsync("teacher", SandboxPlatform.SecondDeploymentId);
        var otherCourse = (await scenario.PostAsync(otherTeacher, "{ courses { edges { node { id } } } }")).Data!["courses"]!["edges"]![0]!["node"]!["id"]!.GetValue<string>();
        var otherRubric = (await scenario.PostAsync(otherTeacher, Create, new { input = new { courseId = otherCourse, template = "cte-employability-skills" } }))
            .Data!["createRubric"]!["rubric"]!["id"]!.GetValue<string>();
        var before = await RubricCountAsync();
        var versionsBefore = await scenario.Marking.QueryAsync(db => db.RubricVersions.CountAsync());

        var badJson = await scenario.PostAsync(teacher, Import, new { input = new { courseId, fileName = "broken.json", content = "{\n  \"schemaVersion\": 1,\n  \"title\": oops\n}" } });
        var badCsv = await scenario.PostAsync(teacher, Import, new { input = new { courseId, fileName = "canvas.csv", content = Csv.Replace(",,1", ",,lots", StringComparison.Ordinal) } });
        var noTemplate = await scenario.PostAsync(teacher, Create, new { input = new { courseId, template = "no-such-template" } });
        var unknownCourse = await scenario.PostAsync(teacher, Create, new { input = new { courseId = "crs_AAAAAAAAAAAAAAAAAAAAAA", template = "cte-employability-skills" } });
        var foreignCourse = await scenario.PostAsync(teacher, Create, new { input = new { courseId = otherCourse, template = "cte-employability-skills" } });
        var foreignRubric = await scenario.PostAsync(teacher, Save, new { input = new { courseId, rubricId = otherRubric, json } });
        var intoForeignCourse = await scenario.PostAsync(otherTeacher, Save, new { input = new { courseId = otherCourse, rubricId, json = Retitled(json, "Taken over") } });
        var badVersion = await scenario.PostAsync(teacher, Save, new { input = new { courseId, rubricId, json = "{ not json" } });

        Assert.Equal("INVALID", badJson.FirstCode);
        Assert.Contains("Line 3, column", badJson.FirstError, StringComparison.Ordinal);
        Assert.Equal("INVALID", badCsv.FirstCode);
        Assert.Contains("Line 3, column", badCsv.FirstError, StringComparison.Ordinal);
        Assert.Equal("INVALID", noTemplate.FirstCode);
        Assert.Contains("no-such-template", noTemplate.FirstError, StringComparison.Ordinal);
        Assert.All(new[] { unknownCourse, foreignCourse, foreignRubric, intoForeignCourse }, answer => Assert.Equal("NOT_FOUND", answer.FirstCode));
        Assert.Equal("INVALID", badVersion.FirstCode);
        Assert.Equal(before, await RubricCountAsync());
        Assert.Equal(versionsBefore, await scenario.Marking.QueryAsync(db => db.RubricVersions.CountAsync()));
        Assert.Equal("Welding log", await scenario.Marking.QueryAsync(db => db.Rubrics.Where(r => r.Title.StartsWith("Welding")).Select(r => r.Title).SingleAsync()));
    }

    private Task<int> RubricCountAsync() => scenario.Marking.QueryAsync(db => db.Rubrics.CountAsync());

    private Task<string> CurrentJsonAsync(string title) => scenario.Marking.QueryAsync(db =>
        db.RubricVersions.Where(v => db.Rubrics.Any(r => r.Id == v.RubricId && r.Title == title)).OrderByDescending(v => v.Number).Select(v => v.Json).FirstAsync());

    private static string Retitled(string json, string title)
    {
        var rubric = RubricJson.Read(json).Value!;
        return RubricJson.Write(rubric with { Title = title, Versions = [rubric.Current] });
    }
}
