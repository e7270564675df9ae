using System.Net;

namespace LtiPathways.LtiTool.Tests.Infrastructure;

/// <summary>Checks a refused LTI request: the exact status, the human sentence, and no internals leaked.</summary>
public static class Refusal
{
    public static async Task<string> AssertAsync(HttpResponseMessage response, HttpStatusCode status, string sentence)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(status, response.StatusCode);
        Assert.Contains(sentence, System.Net.WebUtility.HtmlDecode(body), StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
        return body;
    }
}
