using System.Text.RegularExpressions;
using Ganss.Xss;
using Markdig;

namespace LtiPathways.LtiTool.Features.Submissions;

/// <summary>
/// The essay is typed as Markdown in a plain textarea (the most dependable control for keyboards and screen readers);
/// it is rendered with Markdig and the HTML is sanitised, so script in an essay never reaches a teacher's page.
/// </summary>
public static partial class EssayRenderer
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().DisableHtml().Build();
    private static readonly HtmlSanitizer Sanitizer = new();

    public static string ToSafeHtml(string markdown) => Sanitize(Markdown.ToHtml(markdown, Pipeline));

    /// <summary>For HTML from anywhere else (a paste, an import): only safe elements and attributes survive.</summary>
    public static string Sanitize(string html) => Sanitizer.Sanitize(html);

    public static int CountWords(string markdown) => WordPattern().Count(markdown);

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}'’\-]*")]
    private static partial Regex WordPattern();
}
