using System.Net;
using System.Text.RegularExpressions;

namespace LtiPathways.LtiTool.Tests.Assessments;

/// <summary>The rubric editor's form as a browser without scripts would send it: every field with the value drawn.</summary>
public static partial class EditorForm
{
    public static Dictionary<string, string> Fields(string html)
    {
        var form = FormPattern().Match(html).Groups[1].Value;
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match input in InputPattern().Matches(form))
        {
            var tag = input.Value;
            if (Attribute(tag, "name") is { } name && Attribute(tag, "type") is not ("submit" or "file"))
            {
                fields[name] = Attribute(tag, "value") ?? "";
            }
        }
        foreach (Match area in TextAreaPattern().Matches(form))
        {
            fields[area.Groups[1].Value] = WebUtility.HtmlDecode(area.Groups[2].Value);
        }
        foreach (Match select in SelectPattern().Matches(form))
        {
            fields[select.Groups[1].Value] = SelectedPattern().Match(select.Groups[2].Value).Groups[1].Value;
        }
        return fields;
    }

    public static string? Attribute(string tag, string name) =>
        Regex.Match(tag, $"\\s{name}=\"([^\"]*)\"") is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value) : null;

    /// <summary>The opening tag of the element with this id.</summary>
    public static string Tag(string html, string id) => Regex.Match(html, $"<[a-z]+[^>]*\\sid=\"{Regex.Escape(id)}\"[^>]*>").Value;

    [GeneratedRegex("<form[^>]*id=\"rubric-form\"[^>]*>(.*?)</form>", RegexOptions.Singleline)]
    private static partial Regex FormPattern();

    [GeneratedRegex("<input\\b[^>]*>")]
    private static partial Regex InputPattern();

    [GeneratedRegex("<textarea[^>]*\\sname=\"([^\"]+)\"[^>]*>(.*?)</textarea>", RegexOptions.Singleline)]
    private static partial Regex TextAreaPattern();

    [GeneratedRegex("<select[^>]*\\sname=\"([^\"]+)\"[^>]*>(.*?)</select>", RegexOptions.Singleline)]
    private static partial Regex SelectPattern();

    [GeneratedRegex("<option value=\"([^\"]*)\" selected")]
    private static partial Regex SelectedPattern();
}
