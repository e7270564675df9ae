namespace LtiPathways.Rubrics;

/// <summary>One cell of a CSV file and where it starts (1-based line and character column).</summary>
internal sealed record CsvField(string Value, int Line, int Column);
