using System.Globalization;

namespace LtiPathways.LtiTool.Features.Grading;

/// <summary>Points as teachers write them: 18, 17.5 — never the database's 18.00.</summary>
public static class PointsText
{
    public static string Format(decimal? points) => points?.ToString("0.##", CultureInfo.InvariantCulture) ?? "";
}
