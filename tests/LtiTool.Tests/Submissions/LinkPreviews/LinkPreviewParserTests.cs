using System.Text;
using LtiPathways.LtiTool.Features.Submissions;
using LtiPathways.LtiTool.Features.Submissions.LinkPreviews;
using LtiPathways.PathwayGraphQL.Submissions;

namespace LtiPathways.LtiTool.Tests.Submissions.LinkPreviews;

public class LinkPreviewParserTests
{
    [Fact]
    public void Twitter_cards_fill_in_when_open_graph_is_missing()
    {
        var preview = Parse("""<head><title>Plain</title><meta name="twitter:title" content="Card title"><meta name="twitter:description" content="Card words"></head>""");

        Assert.Equal(new LinkPreview("Card title", "Card words", ""), preview);
    }

    [Fact]
    public void Open_graph_written_with_name_instead_of_property_is_read()
    {
        var preview = Parse("""<head><meta name="OG:Title" content="Loose tags"></head>""");

        Assert.Equal("Loose tags", preview.Title);
    }

    [Fact]
    public void A_charset_in_the_header_wins_and_without_one_the_meta_charset_is_used()
    {
        var latin1 = Encoding.Latin1.GetBytes("<head><meta charset=\"iso-8859-1\"><title>Caf\u00e9</title></head>");

        Assert.Equal("Café", LinkPreviewParser.Parse(latin1, null).Title);
        Assert.Equal("Café", LinkPreviewParser.Parse(latin1, "ISO-8859-1").Title);
        Assert.Equal("Caf\uFFFD", LinkPreviewParser.Parse(latin1, "utf-8").Title);
    }

    [Fact]
    public void Long_text_is_cut_to_what_a_link_entry_stores_without_splitting_a_character()
    {
        var title = new string('a', SubmissionWork.MaxLinkTitleLength - 1) + "😀 and more";
        var preview = Parse($"""<head><title>{title}</title><meta name="description" content="{new string('d', 5000)}"></head>""");

        Assert.Equal(new string('a', SubmissionWork.MaxLinkTitleLength - 1), preview.Title);
        Assert.Equal(SubmissionWork.MaxLinkDescriptionLength, preview.Description.Length);
    }

    [Fact]
    public void Markup_in_attributes_stays_text()
    {
        var preview = Parse("""<head><meta property="og:title" content="&lt;script&gt;alert(1)&lt;/script&gt; Tips"></head>""");

        Assert.Equal("<script>alert(1)</script> Tips", preview.Title);
    }

    private static LinkPreview Parse(string html) => LinkPreviewParser.Parse(Encoding.UTF8.GetBytes(html), "utf-8");
}
