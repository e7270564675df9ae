using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using LtiPathways.LtiTool.Tests.Infrastructure;
using LtiPathways.LtiTool.Tests.Submissions;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.LtiTool.Tests.Pathways.Recordings;

/// <summary>Reflections recorded or uploaded as audio or video through the submissions' uploads, played on the plan.</summary>
public sealed partial class PlanRecordingTests : PlannerTest
{
    [Fact]
    public async Task An_audio_reflection_plays_on_the_plan_for_the_student_and_the_advisor_and_its_link_opens_nothing_else()
    {
        var student = await LaunchAsync("student");
        var (planId, page) = await StartPlanAsync(student);
        var (uploaded, fileId) = await UploadAsync(student, planId, Files.WebM(40_000), "audio");
        Assert.Equal(HttpStatusCode.NoContent, uploaded);

        var (saved, plan) = await PostAsync(page, $"/app/pathways/plans/{planId}/reflections",
            [Field("base_version", "1"), Field("reflections-kind", "LearningJournal"), Field("reflections-recording", fileId.ToString())]);
        var (_, advisorPage) = await GetAsync($"/app/pathways/plans/{planId}", await LaunchAsync("teacher"));
        var (_, mentorPage) = await GetAsync($"/app/pathways/plans/{planId}", await LaunchAsync("mentor"));

        Assert.Equal(HttpStatusCode.Redirect, saved);
        foreach (var html in new[] { plan, advisorPage, mentorPage })
        {
            Assert.Contains("data-testid=\"reflection-recording\"", html, StringComparison.Ordinal);
            using var media = await Driver.Client.GetAsync(LaunchDriver.ToolBase + WebUtility.HtmlDecode(MediaLink(html, fileId)));
            Assert.Equal(HttpStatusCode.OK, media.StatusCode);
            Assert.Equal("video/webm", media.Content.Headers.ContentType!.MediaType);
        }
        using var unsigned = await Driver.Client.GetAsync($"{LaunchDriver.ToolBase}/media/{fileId:N}");
        Assert.Equal(HttpStatusCode.Forbidden, unsigned.StatusCode);
        var stored = await QueryAsync(db => db.SubmissionFiles.SingleAsync(f => f.Id == fileId));
        Assert.Equal(planId, stored.PlanId);
        Assert.Null(stored.SubmissionId);
        Assert.True(await QueryAsync(db => db.MediaJobs.AnyAsync(j => j.SubmissionFileId == fileId)));
    }

    [Fact]
    public async Task Only_the_student_records_for_their_plan_and_a_plan_of_another_student_is_not_found()
    {
        var (planId, _) = await StartPlanAsync(await LaunchAsync("student"));

        var (advisor, advisorSays) = await CreateAsync(await LaunchAsync("teacher"), planId, "audio", 1000);
        var (casey, caseySays) = await CreateAsync(await LaunchCaseyAsync(), planId, "audio", 1000);

        Assert.Equal(HttpStatusCode.Forbidden, advisor);
        Assert.Equal("Only the student records reflections for their own plan.", advisorSays);
        Assert.Equal(HttpStatusCode.NotFound, casey);
        Assert.Equal("There is no such plan, or it is not yours to see.", caseySays);
    }

    [Fact]
    public async Task A_wrong_kind_a_file_too_large_and_a_document_in_place_of_audio_are_refused_with_a_sentence()
    {
        var student = await LaunchAsync("student");
        var (planId, _) = await StartPlanAsync(student);

        var (kind, kindSays) = await CreateAsync(student, planId, "file", 1000);
        var (large, largeSays) = await CreateAsync(student, planId, "video", 3L * 1024 * 1024 * 1024);
        var (pdf, _) = await UploadAsync(student, planId, Files.Pdf(5_000), "audio");

        Assert.Equal(HttpStatusCode.BadRequest, kind);
        Assert.Equal("A reflection is recorded or uploaded as audio or video; other files belong with evidence.", kindSays);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, large);
        Assert.Equal("This file is 3 GB; a reflection recording may be at most 2 GB.", largeSays);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, pdf);
        Assert.False(await QueryAsync(db => db.SubmissionFiles.AnyAsync()));
    }

    [Fact]
    public async Task A_recording_not_made_for_the_plan_is_refused_beside_the_entry_and_the_plan_keeps_its_version()
    {
        var student = await LaunchAsync("student");
        var (planId, page) = await StartPlanAsync(student);
        var (_, caseysPlanPage) = await StartPlanAsync(await LaunchCaseyAsync(), "cte-ilp");
        var (_, caseysRecording) = await UploadAsync(await LaunchCaseyAsync(), PlanId(caseysPlanPage), Files.WebM(20_000), "audio");

        var (status, html) = await PostAsync(page, $"/app/pathways/plans/{planId}/reflections",
            [Field("base_version", "1"), Field("reflections-kind", "Reflection"), Field("reflections-recording", caseysRecording.ToString())]);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("that recording was not made for your plan; record or upload it again on this page.", html, StringComparison.Ordinal);
        Assert.Equal(1, await QueryAsync(db => db.Plans.Where(p => p.Id == planId).Select(p => p.CurrentVersion).SingleAsync()));
    }

    [Fact]
    public async Task The_student_captions_their_recording_as_on_a_submission_and_the_advisor_plays_the_captions_but_adds_none()
    {
        var student = await LaunchAsync("student");
        var (planId, page) = await StartPlanAsync(student);
        var (_, fileId) = await UploadAsync(student, planId, Files.WebM(40_000), "audio");
        await PostAsync(page, $"/app/pathways/plans/{planId}/reflections",
            [Field("base_version", "1"), Field("reflections-kind", "LearningJournal"), Field("reflections-recording", fileId.ToString())]);
        var teacher = await LaunchAsync("teacher");

        var (captioned, _) = await CaptionAsync(student, planId, fileId, "1\n00:00:00,500 --> 00:00:01,750\nMy first week on site.\n", "es");
        var (byAdvisor, advisorSays) = await CaptionAsync(teacher, planId, fileId, "WEBVTT\n\n00:00.000 --> 00:01.000\nHi\n");
        var (byCasey, caseySays) = await CaptionAsync(await LaunchCaseyAsync(), planId, fileId, "WEBVTT\n\n00:00.000 --> 00:01.000\nHi\n");
        var (junk, junkSays) = await CaptionAsync(student, planId, fileId, "just some words, no times");
        var (_, own) = await GetAsync($"/app/pathways/plans/{planId}", student);
        var (_, advisorPage) = await GetAsync($"/app/pathways/plans/{planId}", teacher);

        Assert.Equal(HttpStatusCode.Created, captioned);
        Assert.Equal(HttpStatusCode.Forbidden, byAdvisor);
        Assert.Equal("Only the student records reflections for their own plan.", advisorSays);
        Assert.Equal(HttpStatusCode.NotFound, byCasey);
        Assert.Equal("There is no such plan, or it is not yours to see.", caseySays);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, junk);
        Assert.Contains("no valid time range", junkSays, StringComparison.Ordinal);
        Assert.Contains($"data-caption-path=\"/app/pathways/plans/{planId}/files/{fileId}/captions\"", own, StringComparison.Ordinal);
        Assert.Contains("data-caption-upload", own, StringComparison.Ordinal);
        Assert.DoesNotContain("data-caption-upload", advisorPage, StringComparison.Ordinal);
        var track = Regex.Match(advisorPage, "<track kind=\"captions\" src=\"([^\"]+)\" srclang=\"es\"");
        Assert.True(track.Success, "The advisor's player has no Spanish captions track.");
        using var vtt = await Driver.Client.GetAsync(LaunchDriver.ToolBase + WebUtility.HtmlDecode(track.Groups[1].Value));
        Assert.Equal("WEBVTT\n\n00:00:00.500 --> 00:00:01.750\nMy first week on site.\n\n", await vtt.Content.ReadAsStringAsync());
        Assert.Equal(1, await QueryAsync(db => db.CaptionTracks.CountAsync()));
    }

    [Fact]
    public async Task A_file_of_another_plan_or_a_submission_is_not_captioned_through_this_plan()
    {
        var student = await LaunchAsync("student");
        var (planId, _) = await StartPlanAsync(student);
        var casey = await LaunchCaseyAsync();
        var (_, caseysPlanPage) = await StartPlanAsync(casey, "cte-ilp");
        var (_, caseysRecording) = await UploadAsync(casey, PlanId(caseysPlanPage), Files.WebM(20_000), "audio");

        var (status, sentence) = await CaptionAsync(student, planId, caseysRecording, "WEBVTT\n\n00:00.000 --> 00:01.000\nHi\n");

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal("That video or audio file is not one you can add captions to.", sentence);
        Assert.False(await QueryAsync(db => db.CaptionTracks.AnyAsync()));
    }

    private async Task<(HttpStatusCode Status, string Body)> CaptionAsync(string token, Guid planId, Guid fileId, string captions, string language = "en")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{LaunchDriver.ToolBase}/app/pathways/plans/{planId}/files/{fileId}/captions?language={language}")
        {
            Content = new ByteArrayContent(Encoding.UTF8.GetBytes(captions)),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await Driver.Client.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private async Task<(HttpStatusCode Status, string Sentence)> CreateAsync(string token, Guid planId, string kind, long length)
    {
        using var create = Tus(HttpMethod.Post, "/app/uploads", token);
        create.Headers.Add("Upload-Length", length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        create.Headers.Add("Upload-Metadata", SubmissionHarness.Metadata(("plan", planId.ToString()), ("filename", "reflection.webm"), ("kind", kind)));
        using var created = await Driver.Client.SendAsync(create);
        return (created.StatusCode, created.StatusCode == HttpStatusCode.Created ? created.Headers.Location!.OriginalString : await created.Content.ReadAsStringAsync());
    }

    /// <summary>Uploads the bytes in one piece as the plan's recording; the status of the last chunk and the stored file's id.</summary>
    private async Task<(HttpStatusCode Status, Guid FileId)> UploadAsync(string token, Guid planId, byte[] bytes, string kind)
    {
        var (created, location) = await CreateAsync(token, planId, kind, bytes.Length);
        Assert.Equal(HttpStatusCode.Created, created);
        using var patch = Tus(HttpMethod.Patch, location, token, new ByteArrayContent(bytes));
        patch.Content!.Headers.ContentType = new MediaTypeHeaderValue("application/offset+octet-stream");
        patch.Headers.Add("Upload-Offset", "0");
        using var patched = await Driver.Client.SendAsync(patch);
        return (patched.StatusCode, patched.Headers.TryGetValues("Upload-File-Id", out var ids) ? Guid.Parse(ids.Single()) : Guid.Empty);
    }

    private static HttpRequestMessage Tus(HttpMethod method, string path, string token, HttpContent? content = null)
    {
        var request = new HttpRequestMessage(method, LaunchDriver.ToolBase + path) { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        request.Headers.Add("Tus-Resumable", "1.0.0");
        return request;
    }

    private static string MediaLink(string html, Guid fileId) =>
        Regex.Match(html, $"src=\"(/media/{fileId:N}\\?sig=[^\"]+)\"").Groups[1].Value is { Length: > 0 } link
            ? link
            : throw new Xunit.Sdk.XunitException($"No signed link to {fileId:N} on the page.");
}
