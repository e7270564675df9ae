using LtiPathways.LtiTool.Features.Submissions;

namespace LtiPathways.LtiTool.Tests.Submissions;

public class EssayRendererTests
{
    [Fact]
    public void Script_and_event_handlers_in_essay_html_are_stripped()
    {
        var html = EssayRenderer.Sanitize("<p onclick=\"steal()\">Hi <script>steal()</script><a href=\"javascript:steal()\">x</a><em>ok</em></p>");

        Assert.DoesNotContain("script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onclick", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<em>ok</em>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_becomes_safe_html_and_words_are_counted()
    {
        Assert.Equal("<p><strong>Service</strong> learning</p>\n", EssayRenderer.ToSafeHtml("**Service** learning"));
        Assert.Equal(5, EssayRenderer.CountWords("It's a well-known fact — 42."));
    }
}
