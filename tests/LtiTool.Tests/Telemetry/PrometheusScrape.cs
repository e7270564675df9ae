using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;

namespace LtiPathways.LtiTool.Tests.Telemetry;

/// <summary>One scrape of the tool's Prometheus endpoint, read as a Prometheus server reads the text format.</summary>
public sealed partial class PrometheusScrape
{
    private PrometheusScrape(string text) => Text = text;

    public string Text { get; }

    public IEnumerable<(string Name, IReadOnlyDictionary<string, string> Labels, double Value)> Samples =>
        Text.Split('\n').Select(line => Sample().Match(line)).Where(match => match.Success).Select(match => (
            match.Groups["name"].Value,
            (IReadOnlyDictionary<string, string>)Label().Matches(match.Groups["labels"].Value)
                .ToDictionary(label => label.Groups["key"].Value, label => label.Groups["value"].Value),
            double.Parse(match.Groups["value"].Value, CultureInfo.InvariantCulture)));

    public static async Task<PrometheusScrape> ReadAsync(HttpClient client, string secret, string path = "/metrics")
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return new PrometheusScrape(await response.Content.ReadAsStringAsync());
    }

    /// <summary>The sum of the samples of one metric whose labels include all of <paramref name="labels"/>.</summary>
    public double Sum(string name, params (string Key, string Value)[] labels) =>
        Samples.Where(s => s.Name == name && labels.All(l => s.Labels.TryGetValue(l.Key, out var v) && v == l.Value)).Sum(s => s.Value);

    public bool Has(string name) => Samples.Any(s => s.Name == name);

    [GeneratedRegex(@"^(?<name>[a-zA-Z_:][a-zA-Z0-9_:]*)(\{(?<labels>.*)\})?\s+(?<value>[-+0-9.eE]+|NaN|\+Inf)(\s+\d+)?$")]
    private static partial Regex Sample();

    [GeneratedRegex("""(?<key>[a-zA-Z_][a-zA-Z0-9_]*)="(?<value>(?:[^"\\]|\\.)*)" """, RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex Label();
}
