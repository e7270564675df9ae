using LtiPathways.LtiTool.Features.Submissions;
using LtiPathways.PathwayGraphQL.Submissions;

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

    [Theory]
    [InlineData("Hello {style=\"position:fixed;inset:0\"}", "<p>Hello {style=\"position:fixed;inset:0\"}</p>\n")]
    [InlineData("Hello {.takeover}", "<p>Hello {.takeover}</p>\n")]
    [InlineData("# Marking {#marking}", "<h1>Marking {#marking}</h1>\n")]
    [InlineData("# Marking", "<h1>Marking</h1>\n")]
    [InlineData("::: takeover\nboxed\n:::", "<p>::: takeover\nboxed\n:::</p>\n")]
    public void Markdown_attributes_ids_and_containers_stay_the_text_the_student_typed(string markdown, string html) =>
        Assert.Equal(html, EssayRenderer.ToSafeHtml(markdown));

    [Theory]
    [InlineData("![chart](https://evil.example/t.png)", "<p><a href=\"https://evil.example/t.png\">chart</a></p>\n")]
    [InlineData("![](https://evil.example/t.png)", "<p><a href=\"https://evil.example/t.png\">https://evil.example/t.png</a></p>\n")]
    [InlineData("![chart](javascript:alert(1))", "<p>chart</p>\n")]
    public void An_image_becomes_a_link_to_it_and_nothing_is_loaded(string markdown, string html) =>
        Assert.Equal(html, EssayRenderer.ToSafeHtml(markdown));

    [Fact]
    public void Html_stored_with_styling_is_cleaned_when_sanitised_again()
    {
        var html = EssayRenderer.Sanitize(
            "<p style=\"position:fixed\" class=\"takeover\" id=\"marking\">Hi <img src=\"https://e.example/t.png\" alt=\"t\"></p>"
            + "<table background=\"https://e.example/b.png\"><tr><td style=\"background:url(https://e.example/c.png)\">1</td></tr></table>"
            + "<video src=\"https://e.example/v.mp4\"></video><svg><image href=\"https://e.example/s.png\"/></svg><a href=\"#marking\">jump</a>");

        Assert.Equal(
            "<p>Hi <a href=\"https://e.example/t.png\">t</a></p><table><tbody><tr><td>1</td></tr></tbody></table>jump", html);
        Assert.Equal(html, EssayRenderer.Sanitize(html));
    }

    [Fact]
    public void Footnotes_keep_their_numbers_without_ids_or_in_page_links()
    {
        var html = EssayRenderer.ToSafeHtml("Text[^1]\n\n[^1]: A note.");

        Assert.StartsWith("<p>Text<sup>1</sup></p>", html, StringComparison.Ordinal);
        Assert.Contains("A note.", html, StringComparison.Ordinal);
        Assert.DoesNotContain(" id=", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"#", html, StringComparison.Ordinal);
    }
}
