using System.Net;
using System.Text;
using LtiPathways.LtiTool.Features.Submissions.Playback;
using LtiPathways.LtiTool.Sandbox;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.LtiTool.Tests.Submissions.Media;

/// <summary>The transcript beside a player: its lines come from the stored captions, on the page before any script runs.</summary>
public sealed class TranscriptTests : IDisposable
{
    private const string Vtt = "WEBVTT\n\n00:00:01.500 --> 00:00:03.000\n<v Jordan Lee>We measured the lights &amp; the heaters.\n\n"
        + "00:01:05.000 --> 00:01:09.250\nThe <i>heaters</i> used most.\n";

    private readonly MediaScenario scenario = new();

    public void Dispose() => scenario.Dispose();

    [Fact]
    public async Task The_teacher_and_the_student_see_the_captions_as_time_coded_lines_beside_a_player_named_for_the_work()
    {
        await scenario.StartAsync();
        var video = await scenario.UploadAsync(await TestMedia.WebMAsync());
        using var captioned = await scenario.Harness.Driver.Client.SendAsync(scenario.Harness.Request(
            HttpMethod.Post, $"/app/assignments/{scenario.Harness.AssignmentId}/files/{video.Id}/captions?language=en", scenario.Student,
            new ByteArrayContent(Encoding.UTF8.GetBytes(Vtt))));
        Assert.Equal(HttpStatusCode.Created, captioned.StatusCode);
        await scenario.SubmitAsync();
        var title = await scenario.Harness.QueryAsync(db => db.Assignments.Select(a => a.Title).SingleAsync());

        var teacher = await scenario.Harness.SessionAsync("teacher");
        var page = await PageAsync($"/app/assignments/{scenario.Harness.AssignmentId}/submissions/{video.SubmissionId}", teacher);

        Assert.Contains($"aria-label=\"Video — Jordan Lee, {title}\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("aria-label=\"clip.webm\"", page, StringComparison.Ordinal);
        Assert.Contains(
            """<button type="button" class="cue" data-seek="1.5"><span class="cue-time">0:01</span> <span class="cue-text">Jordan Lee: We measured the lights &amp; the heaters.</span></button>""",
            page, StringComparison.Ordinal);
        Assert.Contains(
            """<li data-start="65" data-end="69.25"><button type="button" class="cue" data-seek="65"><span class="cue-time">1:05</span> <span class="cue-text">The heaters used most.</span>""",
            page, StringComparison.Ordinal);
        Assert.Contains("Transcript (English)", page, StringComparison.Ordinal);

        var own = await PageAsync($"/app/assignments/{scenario.Harness.AssignmentId}/submission", scenario.Student);
        Assert.Contains("The heaters used most.", own, StringComparison.Ordinal);
        Assert.Contains($"aria-label=\"Video — Jordan Lee, {title}\"", own, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_captions_the_panel_says_so_in_a_sentence_and_lists_no_lines()
    {
        await scenario.StartAsync();
        var video = await scenario.UploadAsync(await TestMedia.WebMAsync());
        await scenario.SubmitAsync();

        var teacher = await scenario.Harness.SessionAsync("teacher");
        var page = await PageAsync($"/app/assignments/{scenario.Harness.AssignmentId}/submissions/{video.SubmissionId}", teacher);

        Assert.Contains("No transcript yet: it is made from the captions once they are added.", page, StringComparison.Ordinal);
        Assert.DoesNotContain("transcript-cues", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_student_gets_neither_the_submission_nor_its_transcript()
    {
        await scenario.StartAsync();
        var video = await scenario.UploadAsync(await TestMedia.WebMAsync());
        using var _ = await scenario.Harness.Driver.Client.SendAsync(scenario.Harness.Request(
            HttpMethod.Post, $"/app/assignments/{scenario.Harness.AssignmentId}/files/{video.Id}/captions", scenario.Student,
            new ByteArrayContent(Encoding.UTF8.GetBytes(Vtt))));
        await scenario.SubmitAsync();
        var classmate = await scenario.Harness.SessionAsync(SandboxRoster.Members.First(m => m.Person.Key == "roster-1").Person);

        using var theirs = await scenario.Harness.Driver.Client.SendAsync(scenario.Harness.Request(
            HttpMethod.Get, $"/app/assignments/{scenario.Harness.AssignmentId}/submissions/{video.SubmissionId}", classmate));
        var own = await PageAsync($"/app/assignments/{scenario.Harness.AssignmentId}/submission", classmate);

        Assert.Equal(HttpStatusCode.NotFound, theirs.StatusCode);
        Assert.DoesNotContain("heaters", await theirs.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("heaters", own, StringComparison.Ordinal);
    }

    [Fact]
    public void Cue_markup_becomes_words_and_blocks_without_a_time_range_are_left_out()
    {
        var cues = Transcript.FromWebVtt("WEBVTT\n\nNOTE a note\n\n01:02:03.400 --> 01:02:05.000 align:start\n<c.loud>Hi</c> &lt;there&gt;\nsecond line\n");

        var cue = Assert.Single(cues);
        Assert.Equal(3723.4, cue.Start, 3);
        Assert.Equal("Hi <there> second line", cue.Text);
        Assert.Equal("1:02:03", Transcript.Clock(cue.Start));
    }

    private async Task<string> PageAsync(string path, string token)
    {
        using var response = await scenario.Harness.Driver.Client.SendAsync(scenario.Harness.Request(HttpMethod.Get, path, token));
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, html);
        return html;
    }
}
