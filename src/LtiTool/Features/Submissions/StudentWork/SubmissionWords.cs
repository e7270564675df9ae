using System.Globalization;
using Microsoft.Extensions.Localization;

namespace LtiPathways.LtiTool.Features.Submissions.StudentWork;

/// <summary>The words the student's pages build sentences from, in the person's language; moments shown by <paramref name="show"/>.</summary>
public class SubmissionWords(IStringLocalizer<SubmissionText> text, Func<DateTime, string> show)
{
    public string this[string key, params object[] values] => text[key, values];

    public string Show(DateTime utc) => show(utc);

    public string Count(int value) => value.ToString("N0", CultureInfo.CurrentCulture);

    /// <summary>A length as people say it: "5 minutes", "2 minutes 30 seconds", "45 seconds".</summary>
    public string Of(double seconds)
    {
        var whole = (int)Math.Round(seconds);
        var (minutes, rest) = (whole / 60, whole % 60);
        string Unit(int n, string unit) => $"{Count(n)} {text[n == 1 ? $"Rules.{unit}" : $"Rules.{unit}s"]}";
        return minutes == 0 ? Unit(rest, "Second")
            : rest == 0 ? Unit(minutes, "Minute")
            : $"{Unit(minutes, "Minute")} {Unit(rest, "Second")}";
    }

    /// <summary>"an essay, a video or a link".</summary>
    public string Nouns(IEnumerable<PathwayGraphQL.Data.Submissions.SubmissionType> types) =>
        PathwayGraphQL.Assignments.TypeChoices.Join(types.Select(t => text[$"Part.{t}"].Value).ToList(), text["Or"]);
}
