using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.LtiTool.Tests.Submissions;

/// <summary>Issue 11, finding 3: essay styling escapes the essay (stored CSS injection, remote loads).</summary>
public sealed class EssayStylingTests : IAsyncLifetime, IDisposable
{
    private const string Takeover = "position:fixed;top:0;left:0;width:100vw;height:100vh;z-index:99999;background:#fff";

    private static readonly string[] LoadingElements = ["img", "picture", "source", "video", "audio", "track", "iframe", "object", "embed", "link", "style", "svg", "input"];

    private static readonly string[] ForbiddenAttributes = ["style", "class", "id", "src", "srcset", "poster", "background", "data", "form", "formaction"];

    private readonly SubmissionHarness harness = new();
    private string student = "";

    public async Task InitializeAsync()
    {
        await harness.PlaceAsync();
        student = await harness.SessionAsync("student");
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => harness.Dispose();

    [Fact]
    public async Task Essay_styling_does_not_escape_the_essay_in_the_teachers_view()
    {
        var markdown = string.Join("\n\n",
            $"Hello {{style=\"{Takeover}\"}}",
            "A classy paragraph {.takeover}",
            "# Marking {#marking}",
            "Tracked {style=\"background:url(https://evil.example/bg.png)\"}",
            "![tracker](https://evil.example/t.png)",
            "<img src=https://evil.example/raw.png>",
            "<div style=\"position:fixed\">raw block</div>",
            "Closing words.");

        using var save = await harness.Driver.Client.SendAsync(harness.Request(HttpMethod.Put, Base + "/essay", student, JsonContent.Create(new { markdown })));
        using var submit = await harness.Driver.Client.SendAsync(harness.Request(HttpMethod.Post, Base + "/submit", student));
        var essay = await TeachersEssayAsync();

        Assert.Equal(HttpStatusCode.OK, save.StatusCode);
        Assert.Equal(HttpStatusCode.OK, submit.StatusCode);
        AssertContained(essay);
        Assert.Contains("Hello", essay.TextContent, StringComparison.Ordinal);
        Assert.Contains("Closing words.", essay.TextContent, StringComparison.Ordinal);
        // The image is not loaded; the teacher still sees that there was one, and where.
        var link = Assert.Single(essay.QuerySelectorAll("a[href='https://evil.example/t.png']"));
        Assert.Equal("tracker", link.TextContent);
    }

    [Fact]
    public async Task An_essay_stored_with_styling_by_earlier_versions_is_shown_without_it()
    {
        using var save = await harness.Driver.Client.SendAsync(harness.Request(HttpMethod.Put, Base + "/essay", student, JsonContent.Create(new { markdown = "Hello" })));
        using var submit = await harness.Driver.Client.SendAsync(harness.Request(HttpMethod.Post, Base + "/submit", student));
        await harness.QueryAsync(async db =>
        {
            // What the earlier sanitiser let through from Markdown attributes and images.
            var stored = await db.Submissions.SingleAsync();
            stored.EssayHtml = $"<p style=\"{Takeover}\" class=\"takeover\" id=\"marking\">Hello</p>\n"
                + "<p style=\"background:url(https://evil.example/bg.png)\">Tracked</p>\n"
                + "<p><img src=\"https://evil.example/t.png\" alt=\"tracker\"></p>\n";
            return await db.SaveChangesAsync();
        });

        var essay = await TeachersEssayAsync();
        var marked = await GradingViewEssayAsync();

        Assert.Equal(HttpStatusCode.OK, submit.StatusCode);
        foreach (var shown in new[] { essay, marked })
        {
            AssertContained(shown);
            Assert.Contains("Hello", shown.TextContent, StringComparison.Ordinal);
            Assert.Single(shown.QuerySelectorAll("a[href='https://evil.example/t.png']"));
        }
    }

    private string Base => $"/app/assignments/{harness.AssignmentId}/submission";

    private static void AssertContained(IElement essay)
    {
        Assert.Empty(essay.QuerySelectorAll(string.Join(',', LoadingElements)));
        Assert.Empty(essay.QuerySelectorAll("*").SelectMany(e => e.Attributes.Where(a => ForbiddenAttributes.Contains(a.Name))
            .Select(a => $"<{e.LocalName} {a.Name}=\"{a.Value}\">")));
        Assert.DoesNotContain(essay.QuerySelectorAll("*").SelectMany(e => e.Attributes), a => a.Value.Contains("url(", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The essay beside the rubric in the teacher's grading view.</summary>
    private async Task<IElement> GradingViewEssayAsync()
    {
        var teacher = await harness.SessionAsync("teacher");
        var studentId = await harness.QueryAsync(db => db.Submissions.Select(s => s.StudentUserId).SingleAsync());
        using var response = await harness.Driver.Client.GetAsync($"http://localhost/app/assessments?session={teacher}&student={studentId}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        return page.QuerySelector("[data-testid=marked-work] .essay") ?? throw new InvalidOperationException("The grading view shows no essay.");
    }

    /// <summary>The essay as the teacher's submission view shows it.</summary>
    private async Task<IElement> TeachersEssayAsync()
    {
        var teacher = await harness.SessionAsync("teacher");
        using var list = await harness.Driver.Client.GetAsync($"http://localhost{Base}?session={teacher}");
        var listHtml = await list.Content.ReadAsStringAsync();
        var link = WebUtility.HtmlDecode(Regex.Match(listHtml, "href=\"(/app/assignments/[^\"#]+/submissions/[^\"#]+)").Groups[1].Value);
        using var one = await harness.Driver.Client.GetAsync($"http://localhost{link}?session={teacher}");
        Assert.Equal(HttpStatusCode.OK, one.StatusCode);
        var page = new HtmlParser().ParseDocument(await one.Content.ReadAsStringAsync());
        return page.QuerySelector("[data-testid=essay]") ?? throw new InvalidOperationException("The teacher's view shows no essay.");
    }
}
