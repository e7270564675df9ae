using System.Globalization;

namespace LtiPathways.LtiTool.Features.Dashboards.Charts;

/// <summary>
/// A bar chart as data: what it shows (<see cref="Title"/>, <see cref="Description"/> for screen readers), its categories
/// (usually years) and one or more series; the same data renders as the SVG and as the table that follows it.
/// </summary>
public sealed record ChartData(string Id, string Title, string Description, string Unit, IReadOnlyList<string> Categories, IReadOnlyList<ChartSeries> Series)
{
    public bool IsEmpty => Categories.Count == 0 || Series.All(s => s.Values.All(v => v is null or 0));

    public static string Number(decimal value) => value.ToString("0.#", CultureInfo.CurrentCulture);

    /// <summary>A top for the value axis: the largest value rounded up to 1, 2 or 5 times a power of ten.</summary>
    public decimal AxisTop
    {
        get
        {
            var largest = Series.SelectMany(s => s.Values).OfType<decimal>().DefaultIfEmpty(0).Max();
            if (largest <= 0)
            {
                return 1;
            }
            var power = (decimal)Math.Pow(10, Math.Floor(Math.Log10((double)largest)));
            return new[] { 1m, 2m, 5m, 10m }.Select(step => step * power).First(top => top >= largest);
        }
    }
}
