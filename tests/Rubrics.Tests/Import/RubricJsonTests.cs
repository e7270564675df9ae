using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace LtiPathways.Rubrics.Tests.Import;

public class RubricJsonTests
{
    [Property]
    public Property Export_then_import_gives_the_same_rubric() =>
        Prop.ForAll(RubricFiles.Rubrics.ToArbitrary(), rubric =>
        {
            var read = RubricJson.Read(RubricJson.Write(rubric));
            Assert.True(read.IsValid, string.Join("; ", read.Problems));
            Assert.Equal(rubric, read.Value);
        });

    [Fact]
    public void Every_template_survives_a_round_trip()
    {
        var at = new DateTimeOffset(2026, 2, 1, 0, 0, 0, TimeSpan.Zero);
        foreach (var template in RubricTemplates.All)
        {
            var rubric = template.Copy("r", "t", ShareScope.Course, "c", at);
            Assert.Equal(rubric, RubricJson.Read(RubricJson.Write(rubric)).Value);
        }
    }

    [Fact]
    public void A_feedback_only_criterion_keeps_having_no_points()
    {
        var rubric = new Rubric("r", "Feedback", "t", ShareScope.Private, null,
            [new RubricVersion(1, DateTimeOffset.UnixEpoch, RubricKind.SinglePoint, [new SinglePointCriterion("c", "Claim", "Clear")], [])]);

        Assert.Equal(rubric, RubricJson.Read(RubricJson.Write(rubric)).Value);
    }

    [Fact]
    public void A_syntax_error_reports_line_and_character_column()
    {
        const string json = "{\n  \"schemaVersion\": 1,\n  \"title\": \"Café\" \"oops\"\n}";

        var problem = Assert.Single(RubricJson.Read(json).Problems);

        Assert.Equal((3, 19), (problem.Line, problem.Column)); // the second string; byte 20, as é takes two bytes
        Assert.StartsWith("The file is not valid JSON: ", problem.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("BytePositionInLine", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Content_errors_point_at_the_json_path_and_nothing_is_returned()
    {
        var rubric = RubricTemplates.Find("presentation-podcast")!.Copy("r", "t", ShareScope.Course, "c", DateTimeOffset.UnixEpoch);
        var json = RubricJson.Write(rubric)
            .Replace("\"points\": 10", "\"points\": \"ten\"", StringComparison.Ordinal)
            .Replace("\"weight\": 1,", "\"weight\": -1,", StringComparison.Ordinal)
            .Replace("\"kind\": \"analytic\"", "\"kind\": \"fancy\"", StringComparison.Ordinal);

        var result = RubricJson.Read(json);

        Assert.Null(result.Value);
        Assert.Equal(
        [
            "$.versions[0].kind: \"fancy\" is not one of \"analytic\", \"holistic\", \"singlePoint\", \"ibMarkbands\".",
            "$.versions[0].criteria[0].levels[0].points: \"points\" must be a number, not the text \"ten\".",
        ], result.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public void Rule_errors_name_the_criterion_in_the_file()
    {
        var rubric = RubricTemplates.Find("cte-employability-skills")!.Copy("r", "t", ShareScope.Course, "c", DateTimeOffset.UnixEpoch);
        var json = RubricJson.Write(rubric).Replace("\"weight\": 2,", "\"weight\": 0,", StringComparison.Ordinal);

        var problem = Assert.Single(RubricJson.Read(json).Problems);

        Assert.Equal("$.versions[0].criteria[1].weight: Criterion 'Safety and care of equipment' needs a weight above 0.", problem.ToString());
    }

    [Theory]
    [InlineData("[]", "$: Expected an object here, found a list.")]
    [InlineData("{\"schemaVersion\": 2}", "$.schemaVersion: This tool reads schema version 1; the file has version 2.")]
    [InlineData("{\"schemaVersion\": 1, \"id\": \"r\", \"title\": \"T\", \"ownerId\": \"o\", \"scope\": \"course\", \"versions\": []}",
        "$.versions: A rubric needs at least one version.")]
    public void Wrong_shapes_are_explained(string json, string expected) =>
        Assert.Equal(expected, RubricJson.Read(json).Problems[0].ToString());

    [Fact]
    public void The_schema_describes_every_property_the_writer_uses()
    {
        var schema = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "rubric.schema.json"));
        using var schemaDoc = JsonDocument.Parse(schema);
        var described = Descendants(schemaDoc.RootElement)
            .Where(e => e.ValueKind == JsonValueKind.Object && e.TryGetProperty("properties", out _))
            .SelectMany(e => e.GetProperty("properties").EnumerateObject().Select(p => p.Name))
            .ToHashSet();
        var at = DateTimeOffset.UnixEpoch;
        foreach (var template in RubricTemplates.All)
        {
            using var written = JsonDocument.Parse(RubricJson.Write(template.Copy("r", "t", ShareScope.Course, "c", at)));
            var used = Descendants(written.RootElement).Where(e => e.ValueKind == JsonValueKind.Object)
                .SelectMany(e => e.EnumerateObject().Select(p => p.Name));
            Assert.All(used, name => Assert.Contains(name, described));
        }
    }

    private static IEnumerable<JsonElement> Descendants(JsonElement element) =>
        element.ValueKind switch
        {
            JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Descendants(p.Value)).Prepend(element),
            JsonValueKind.Array => element.EnumerateArray().SelectMany(Descendants).Prepend(element),
            _ => [element],
        };
}
