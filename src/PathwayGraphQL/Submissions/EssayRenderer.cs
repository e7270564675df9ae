using System.Text.RegularExpressions;
using Markdig;

namespace LtiPathways.PathwayGraphQL.Submissions;

/// <summary>
/// The essay is typed as Markdown in a plain textarea (the most dependable control for keyboards and screen readers);
/// it is rendered with Markdig and the HTML is sanitised, so script in an essay never reaches a teacher's page.
/// </summary>
public static partial class EssayRenderer
{
    // Not UseAdvancedExtensions: generic attributes ({style=…}, {.class}, {#id}), custom containers and heading ids put
    // the student's styling and ids on the teacher's page, and media links embed remote players.
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseAbbreviations().UseCitations().UseDefinitionLists().UseEmphasisExtras().UseFootnotes()
        .UseGridTables().UsePipeTables().UseListExtras().UseAutoLinks()
        .DisableHtml().Build();

    public static string ToSafeHtml(string markdown) => Sanitize(Markdown.ToHtml(markdown, Pipeline));

    /// <summary>For HTML from anywhere else (a paste, an import, an essay stored by an earlier version): only safe elements and attributes survive.</summary>
    public static string Sanitize(string html) => EssaySanitizer.Sanitize(html);

    public static int CountWords(string markdown) => WordPattern().Count(markdown);

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}'’\-]*")]
    private static partial Regex WordPattern();
}
