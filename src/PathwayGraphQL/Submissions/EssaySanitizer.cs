using AngleSharp.Dom;
using Ganss.Xss;

namespace LtiPathways.PathwayGraphQL.Submissions;

/// <summary>
/// What of a student's HTML may reach a teacher's page: text structure and links only. No style, class or id (they
/// could cover or restyle the page around the essay, or clobber its ids), and nothing the browser would load: an image
/// becomes a link to it, so whoever reads the essay is not announced to another site.
/// </summary>
internal static class EssaySanitizer
{
    private static readonly HtmlSanitizer Sanitizer = Create();

    public static string Sanitize(string html) => Sanitizer.Sanitize(html);

    private static HtmlSanitizer Create()
    {
        var sanitizer = new HtmlSanitizer(new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
            {
                "p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "code", "kbd", "samp", "var",
                "ul", "ol", "li", "dl", "dt", "dd", "em", "strong", "i", "b", "u", "s", "del", "ins", "mark", "small", "sub", "sup",
                "q", "cite", "abbr", "a", "div", "span", "table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td",
                // Kept only until the post-processing below turns it into a link.
                "img",
            },
            AllowedAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
            {
                "href", "title", "start", "reversed", "type", "colspan", "rowspan", "src", "alt",
            },
            UriAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "href", "src" },
            AllowedSchemes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "http", "https", "mailto" },
            AllowedCssProperties = new HashSet<string>(),
            AllowedAtRules = new HashSet<AngleSharp.Css.Dom.CssRuleType>(),
        });
        sanitizer.PostProcessDom += (_, e) =>
        {
            ImagesToLinks(e.Document.Body!);
            UnwrapInPageLinks(e.Document.Body!);
        };
        return sanitizer;
    }

    // Without ids a "#…" link (footnotes make them) points nowhere in the essay, or at the teacher's page around it.
    private static void UnwrapInPageLinks(IElement body)
    {
        foreach (var link in body.QuerySelectorAll("a[href^='#']").ToList())
        {
            link.Replace([.. link.ChildNodes]);
        }
    }

    private static void ImagesToLinks(IElement body)
    {
        foreach (var image in body.QuerySelectorAll("img").ToList())
        {
            var source = image.GetAttribute("src");
            var text = image.GetAttribute("alt") is { Length: > 0 } alt ? alt : source ?? "";
            if (string.IsNullOrEmpty(source))
            {
                image.Replace(image.Owner!.CreateTextNode(text));
                continue;
            }

            var link = image.Owner!.CreateElement("a");
            link.SetAttribute("href", source);
            link.TextContent = text;
            image.Replace(link);
        }
    }
}
