namespace LtiPathways.LtiTool.Tests.Hosting;

/// <summary>A response's Content-Security-Policy read into its directives and their sources.</summary>
public static class ContentSecurityPolicyHeader
{
    public static Dictionary<string, string[]> Read(HttpResponseMessage response)
    {
        Assert.True(response.Headers.TryGetValues("Content-Security-Policy", out var values), $"{response.RequestMessage?.RequestUri} sends no Content-Security-Policy.");
        var header = Assert.Single(values);
        return header.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(directive => directive.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToDictionary(parts => parts[0], parts => parts[1..], StringComparer.Ordinal);
    }
}
