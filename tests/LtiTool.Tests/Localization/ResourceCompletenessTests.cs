using System.Text.RegularExpressions;
using System.Xml.Linq;
using LtiPathways.LtiTool.Tests.Infrastructure;

namespace LtiPathways.LtiTool.Tests.Localization;

/// <summary>Every English string has its Spanish twin, with the same gaps ({0}, {1}) for the values a page fills in.</summary>
public sealed partial class ResourceCompletenessTests
{
    public static TheoryData<string> Resources()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(ToolFolder(), "*.resx", SearchOption.AllDirectories)
                     .Where(f => !Path.GetFileName(f).Contains(".es.", StringComparison.Ordinal) && !f.Contains("/obj/", StringComparison.Ordinal)))
        {
            data.Add(Path.GetRelativePath(ToolFolder(), file));
        }

        return data;
    }

    [Fact]
    public void The_tool_has_resources_to_check() => Assert.True(Resources().Count >= 5);

    [Theory]
    [MemberData(nameof(Resources))]
    public void Every_english_key_has_a_spanish_text_with_the_same_gaps(string resource)
    {
        var english = Strings(Path.Combine(ToolFolder(), resource));
        var spanishFile = Path.Combine(ToolFolder(), Path.ChangeExtension(resource, ".es.resx"));
        Assert.True(File.Exists(spanishFile), $"{resource} has no Spanish twin");
        var spanish = Strings(spanishFile);

        Assert.Empty(english.Keys.Where(k => !spanish.TryGetValue(k, out var text) || string.IsNullOrWhiteSpace(text)).Select(k => $"{resource}: {k}"));
        Assert.Empty(spanish.Keys.Except(english.Keys).Select(k => $"{resource}: {k} is only in Spanish"));
        Assert.Empty(english.Where(e => !Gaps(e.Value).SetEquals(Gaps(spanish[e.Key]))).Select(e => $"{resource}: {e.Key} fills different gaps"));
    }

    private static Dictionary<string, string> Strings(string file) =>
        XDocument.Load(file).Root!.Elements("data").ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "");

    private static HashSet<string> Gaps(string text) => GapPattern().Matches(text).Select(m => m.Value).ToHashSet();

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex GapPattern();

    private static string ToolFolder() => Repository.File(Path.Combine("src", "LtiTool"));
}
