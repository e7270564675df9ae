using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace LtiPathways.Rubrics.Tests.Import;

public class CanvasRubricCsvTests
{
    private static readonly DateTimeOffset At = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    private const string Header =
        "Rubric Name,Criteria Name,Criteria Description,Criteria Enable Range,Rating Name,Rating Description,Rating Points,Rating Name,Rating Description,Rating Points\r\n";

    /// <summary>Rubrics in the shape a Canvas CSV can hold: ratings highest first, ranges per criterion, the reader's ids.</summary>
    private static readonly Gen<Rubric> CanvasShaped =
        from count in Gen.Choose(1, 5)
        from criteria in Gen.CollectToArray(Enumerable.Range(1, count).Select(n =>
            from points in Gen.SubListOf(Enumerable.Range(0, 12).Select(p => p * 1.5m).ToArray()).Where(p => p.Count > 0)
            from range in Gen.Elements(true, false)
            from name in RubricFiles.AwkwardText
            from text in RubricFiles.AwkwardText
            let ordered = points.OrderDescending().ToList()
            select (Criterion)new LevelCriterion($"c{n}", name, text, ordered.Select((p, i) => new Level($"c{n}-r{i + 1}", $"{name} {i}", text, p,
                range ? (i + 1 < ordered.Count ? ordered[i + 1] : 0m) : null)).ToValueList())))
        from title in RubricFiles.AwkwardText
        select new Rubric("r", title, "t", ShareScope.Private, null, [new RubricVersion(1, At, RubricKind.Analytic, criteria.ToValueList(), [])]);

    [Property]
    public Property Export_then_import_gives_the_same_rubric() =>
        Prop.ForAll(CanvasShaped.ToArbitrary(), rubric =>
        {
            var read = CanvasRubricCsv.Read(CanvasRubricCsv.Write(rubric).Value!, "r", "t", At);
            Assert.True(read.IsValid, string.Join("; ", read.Problems));
            Assert.Equal(rubric, read.Value);
        });

    [Fact]
    public void Reads_a_canvas_file_with_quotes_line_breaks_and_ranges()
    {
        var csv = Header
            + "Lab report,\"Method, and safety\",\"Says \"\"why\"\"\nas well\",false,Full,All steps,4,Partial,,2\r\n"
            + "Lab report,Analysis,,TRUE,Deep,,10,Surface,,5,,,\r\n";

        var rubric = CanvasRubricCsv.Read(csv, "r", "t", At).Value!;

        Assert.Equal("Lab report", rubric.Title);
        var method = (LevelCriterion)rubric.Current.Criteria[0];
        Assert.Equal(("Method, and safety", "Says \"why\"\nas well"), (method.Title, method.Description));
        Assert.Equal([4m, 2m], method.Levels.Select(l => l.Points));
        var analysis = (LevelCriterion)rubric.Current.Criteria[1];
        Assert.Equal([(5m, 10m), (0m, 5m)], analysis.Levels.Select(l => (l.MinimumPoints!.Value, l.Points)));
    }

    [Theory]
    [InlineData("Rubric Name,Criterion\r\n", 1, 13, "Expected the column \"Criteria Name\" here")]
    [InlineData(Header + "R,Thesis,,false,Good,,four\r\n", 2, 23, "'four' is not a number of points.")]
    [InlineData(Header + "R,Thesis,,maybe,Good,,4\r\n", 2, 11, "\"Criteria Enable Range\" must be true or false")]
    [InlineData(Header + "R,Thesis,,false,Good,,4\r\nS,Other,,false,Good,,4\r\n", 3, 1, "more than one rubric")]
    [InlineData(Header + "R,\"Thesis,,false,Good,,4\r\n", 2, 3, "This quoted cell is never closed")]
    [InlineData(Header + "R,The\"sis,,false,Good,,4\r\n", 2, 6, "A quote inside a cell")]
    [InlineData(Header + "R,\"Thesis\"x,,false,Good,,4\r\n", 2, 11, "Text follows a closing quote")]
    [InlineData(Header + "R,Thesis,,false,Good,,-4\r\n", null, null, "Level 'Good' of 'Thesis' has negative points.")]
    public void Malformed_files_are_rejected_with_line_and_column(string csv, int? line, int? column, string message)
    {
        var result = CanvasRubricCsv.Read(csv, "r", "t", At);

        Assert.Null(result.Value);
        var problem = result.Problems[0];
        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
        Assert.Equal((line, column), (problem.Line, problem.Column));
    }

    [Fact]
    public void Nothing_is_imported_when_one_row_is_bad()
    {
        var csv = Header + "R,Thesis,,false,Good,,4\r\nR,Evidence,,false,Good,,lots\r\n";

        var result = CanvasRubricCsv.Read(csv, "r", "t", At);

        Assert.False(result.IsValid);
        Assert.Null(result.Value);
    }

    [Fact]
    public void Weights_and_free_form_criteria_are_written_as_canvas_points()
    {
        var rubric = RubricTemplates.Find("presentation-podcast")!.Copy("r", "t", ShareScope.Course, "c", At);
        var employability = RubricTemplates.Find("cte-employability-skills")!.Copy("r", "t", ShareScope.Course, "c", At);

        var presentation = CanvasRubricCsv.Read(CanvasRubricCsv.Write(rubric).Value!, "r", "t", At).Value!;
        var weighted = CanvasRubricCsv.Read(CanvasRubricCsv.Write(employability).Value!, "r", "t", At).Value!;

        Assert.Equal(rubric.Current.MaximumPoints, presentation.Current.MaximumPoints);
        Assert.Equal((0m, 5m), (presentation.Current.Criteria[3] as LevelCriterion)!.Levels.Select(l => (l.MinimumPoints!.Value, l.Points)).Single());
        Assert.Equal(employability.Current.MaximumPoints, weighted.Current.MaximumPoints);
    }

    [Fact]
    public void Markband_rubrics_are_not_exported_to_canvas()
    {
        var rubric = RubricTemplates.Find("ib-cp-reflective-project")!.Copy("r", "t", ShareScope.Course, "c", At);

        Assert.Contains("export JSON instead", CanvasRubricCsv.Write(rubric).Problems[0].Message, StringComparison.Ordinal);
    }
}
