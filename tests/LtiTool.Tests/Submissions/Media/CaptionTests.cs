using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using LtiPathways.PathwayGraphQL.Data.Submissions;
using LtiPathways.PathwayGraphQL.Submissions;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.LtiTool.Tests.Submissions.Media;

public sealed partial class CaptionTests : IDisposable
{
    private const string Srt = "1\r\n00:00:00,500 --> 00:00:01,750\r\nHello, class.\r\n\r\n2\r\n00:00:01,800 --> 00:00:02,000\r\nThis is my <i>project</i>.\r\n";
    private readonly MediaScenario scenario = new();

    public void Dispose() => scenario.Dispose();

    [Fact]
    public async Task An_srt_file_becomes_webvtt_and_plays_as_a_captions_track_for_the_teacher()
    {
        await scenario.StartAsync();
        var video = await scenario.UploadAsync(await TestMedia.WebMAsync());

        using var uploaded = await PostAsync(video.Id, Encoding.UTF8.GetBytes(Srt), scenario.Student, "es");
        Assert.Equal(HttpStatusCode.Created, uploaded.StatusCode);
        await scenario.SubmitAsync();

        var teacher = await scenario.Harness.SessionAsync("teacher");
        var page = await GetAsync($"/app/assignments/{scenario.Harness.AssignmentId}/submissions/{video.SubmissionId}", teacher);
        var track = Track().Match(page);
        Assert.True(track.Success, page);
        Assert.Equal("es", track.Groups["lang"].Value);
        using var vtt = await scenario.Harness.Driver.Client.GetAsync("http://localhost" + WebUtility.HtmlDecode(track.Groups["src"].Value));
        Assert.Equal("text/vtt", vtt.Content.Headers.ContentType!.MediaType);
        Assert.Equal(
            "WEBVTT\n\n00:00:00.500 --> 00:00:01.750\nHello, class.\n\n00:00:01.800 --> 00:00:02.000\nThis is my <i>project</i>.\n\n",
            await vtt.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("just some words, no times", "no valid time range")]
    [InlineData("WEBVTT\n\nNOTE only a note", "has no cues")]
    [InlineData("1\n00:00:05,000 --> 00:00:01,000\nBackwards", "ends before it starts")]
    public async Task Junk_caption_files_are_refused_with_a_sentence_and_nothing_is_stored(string content, string sentence)
    {
        await scenario.StartAsync();
        var video = await scenario.UploadAsync(await TestMedia.WebMAsync());

        using var response = await PostAsync(video.Id, Encoding.UTF8.GetBytes(content), scenario.Student);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains(sentence, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(await scenario.Harness.QueryAsync(db => db.CaptionTracks.ToListAsync()));
    }

    [Fact]
    public async Task Binary_and_oversized_caption_files_are_refused()
    {
        await scenario.StartAsync();
        var video = await scenario.UploadAsync(await TestMedia.WebMAsync());

        using var binary = await PostAsync(video.Id, [0xFF, 0xFE, 0x00, 0x01], scenario.Student);
        using var huge = await PostAsync(video.Id, Encoding.UTF8.GetBytes(new string('a', CaptionConverter.MaxBytes + 10)), scenario.Student);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, binary.StatusCode);
        Assert.Contains("not UTF-8 text", await binary.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, huge.StatusCode);
    }

    [Fact]
    public async Task A_caption_link_signed_for_a_media_file_does_not_open_captions()
    {
        await scenario.StartAsync();
        var video = await scenario.UploadAsync(await TestMedia.WebMAsync());
        using var _ = await PostAsync(video.Id, Encoding.UTF8.GetBytes(Srt), scenario.Student);
        var track = await scenario.Harness.QueryAsync(db => db.CaptionTracks.SingleAsync());
        var links = (LtiTool.Features.Submissions.Playback.MediaLinks)scenario.Harness.Factory.Services.GetService(typeof(LtiTool.Features.Submissions.Playback.MediaLinks))!;
        var fileSignature = links.For(track.Id).Split("sig=")[1];

        using var response = await scenario.Harness.Driver.Client.GetAsync($"http://localhost/media/captions/{track.Id:N}?sig={fileSignature}");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private async Task<HttpResponseMessage> PostAsync(Guid fileId, byte[] body, string token, string language = "en") =>
        await scenario.Harness.Driver.Client.SendAsync(scenario.Harness.Request(
            HttpMethod.Post, $"/app/assignments/{scenario.Harness.AssignmentId}/files/{fileId}/captions?language={language}", token, new ByteArrayContent(body)));

    private async Task<string> GetAsync(string path, string token)
    {
        using var response = await scenario.Harness.Driver.Client.SendAsync(scenario.Harness.Request(HttpMethod.Get, path, token));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    [GeneratedRegex("""<track kind="captions" src="(?<src>[^"]+)" srclang="(?<lang>[^"]+)" """)]
    private static partial Regex Track();
}
