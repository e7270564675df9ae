namespace LtiPathways.Rubrics;

/// <summary>Shorthand for writing templates.</summary>
internal static class TemplateParts
{
    /// <summary>The date the template text was written; copies get their own date.</summary>
    public static readonly DateTimeOffset Written = new(2025, 8, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Four levels worth 4, 3, 2, 1 points, best first.</summary>
    public static LevelCriterion FourLevels(
        string id, string title, string description, string excellent, string secure, string developing, string beginning,
        decimal weight = 1m) =>
        new(id, title, description,
        [
            new Level($"{id}-4", "Excellent", excellent, 4m),
            new Level($"{id}-3", "Secure", secure, 3m),
            new Level($"{id}-2", "Developing", developing, 2m),
            new Level($"{id}-1", "Beginning", beginning, 1m),
        ], weight);

    /// <summary>Bands 0, 1–2, 3–4, 5–6 (and 7–8 when a fifth descriptor is given), lowest first.</summary>
    public static MarkbandCriterion Bands(string id, string title, string description, params string[] descriptors) =>
        new(id, title, description,
            descriptors.Select((text, i) => i == 0
                ? new Markband($"{id}-0", 0, 0, text)
                : new Markband($"{id}-{2 * i - 1}-{2 * i}", 2 * i - 1, 2 * i, text)).ToValueList());

    public static RubricVersion Version(RubricKind kind, ValueList<Criterion> criteria, ValueList<GradeBoundary>? boundaries = null) =>
        new(1, Written, kind, criteria, boundaries ?? []);
}
