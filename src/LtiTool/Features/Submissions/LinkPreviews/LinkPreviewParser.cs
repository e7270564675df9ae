using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using AngleSharp.Text;
using LtiPathways.PathwayGraphQL.Submissions;

namespace LtiPathways.LtiTool.Features.Submissions.LinkPreviews;

/// <summary>Reads a page's own title and description: Open Graph first, then Twitter cards, then plain HTML.</summary>
public static class LinkPreviewParser
{
    // Pages in windows-1252, Shift_JIS and the like need the code-page encodings, and AngleSharp's TextEncoding maps its
    // labels once, on first use: registered later, every such page would silently decode as UTF-8.
    static LinkPreviewParser() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static LinkPreview Parse(ReadOnlyMemory<byte> html, string? charset)
    {
        // A charset in the Content-Type header is authoritative; without one the parser reads a BOM or <meta charset>.
        var encoding = charset is not null && TextEncoding.IsSupported(charset) ? TextEncoding.Resolve(charset) : null;
        using var document = new HtmlParser().ParseDocument(html, encoding);
        var title = Meta(document, "og:title") ?? Meta(document, "twitter:title") ?? document.Title;
        var description = Meta(document, "og:description") ?? Meta(document, "description") ?? Meta(document, "twitter:description");
        return new LinkPreview(
            Clean(title, SubmissionWork.MaxLinkTitleLength),
            Clean(description, SubmissionWork.MaxLinkDescriptionLength),
            Clean(Meta(document, "og:site_name"), SubmissionWork.MaxLinkTitleLength));
    }

    // Open Graph asks for property=, but many sites write name= for it; either is accepted.
    private static string? Meta(IDocument document, string key) =>
        document.QuerySelectorAll("meta")
            .Where(meta => key.Equals(meta.GetAttribute("property"), StringComparison.OrdinalIgnoreCase)
                || key.Equals(meta.GetAttribute("name"), StringComparison.OrdinalIgnoreCase))
            .Select(meta => meta.GetAttribute("content"))
            .FirstOrDefault(content => !string.IsNullOrWhiteSpace(content));

    private static string Clean(string? text, int maxLength)
    {
        var collapsed = string.Join(' ', (text ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (collapsed.Length <= maxLength)
        {
            return collapsed;
        }

        var cut = char.IsHighSurrogate(collapsed[maxLength - 1]) ? maxLength - 1 : maxLength;
        return collapsed[..cut].TrimEnd();
    }
}
