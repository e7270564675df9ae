using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using LtiPathways.LtiTool.Features.Submissions.Uploads;
using LtiPathways.PathwayGraphQL.Data.Submissions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LtiPathways.LtiTool.Tests.Submissions;

public sealed class TusUploadTests : IAsyncLifetime, IDisposable
{
    private readonly SubmissionHarness harness = new();
    private string student = "";

    public async Task InitializeAsync()
    {
        await harness.PlaceAsync();
        student = await harness.SessionAsync("student");
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => harness.Dispose();

    private HttpClient Client => harness.Driver.Client;

    [Fact]
    public async Task Options_advertises_version_extensions_and_the_size_limit()
    {
        using var response = await Client.SendAsync(new HttpRequestMessage(HttpMethod.Options, "http://localhost/app/uploads"));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal("1.0.0", response.Headers.GetValues("Tus-Version").Single());
        Assert.Contains("termination", response.Headers.GetValues("Tus-Extension").Single(), StringComparison.Ordinal);
        Assert.Equal((2L * 1024 * 1024 * 1024).ToString(System.Globalization.CultureInfo.InvariantCulture), response.Headers.GetValues("Tus-Max-Size").Single());
    }

    [Fact]
    public async Task An_upload_interrupted_at_40_percent_resumes_and_the_stored_sha256_is_the_originals()
    {
        var pdf = Files.Pdf(1_000_000);
        var location = await CreateAsync(pdf.Length);

        Assert.Equal(HttpStatusCode.NoContent, (await PatchAsync(location, 0, pdf[..400_000])).StatusCode);
        using var head = await Client.SendAsync(harness.Tus(HttpMethod.Head, location, student));
        var offset = long.Parse(head.Headers.GetValues("Upload-Offset").Single(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(400_000, offset);
        using var rest = await PatchAsync(location, offset, pdf[(int)offset..]);

        Assert.Equal(HttpStatusCode.NoContent, rest.StatusCode);
        var file = await harness.QueryAsync(db => db.SubmissionFiles.SingleAsync());
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(pdf)), file.Sha256);
        Assert.Equal("application/pdf", file.MediaType);
        Assert.Equal(file.Id.ToString(), rest.Headers.GetValues("Upload-File-Id").Single());
    }

    [Fact]
    public async Task An_upload_continued_where_its_first_chunks_were_not_hashed_is_stored_with_the_originals_sha256()
    {
        var pdf = Files.Pdf(1_000_000);
        var location = await CreateAsync(pdf.Length);
        await PatchAsync(location, 0, pdf[..300_000]);

        // As after a restart, or with the first chunk received by another instance: no running hash here.
        harness.Factory.Services.GetRequiredService<UploadHashes>().Forget(Guid.Parse(location.Split('/')[^1]));
        await PatchAsync(location, 300_000, pdf[300_000..600_000]);
        using var rest = await PatchAsync(location, 600_000, pdf[600_000..]);

        Assert.Equal(HttpStatusCode.NoContent, rest.StatusCode);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(pdf)), (await harness.QueryAsync(db => db.SubmissionFiles.SingleAsync())).Sha256);
    }

    [Fact]
    public async Task A_recording_grows_chunk_by_chunk_with_deferred_length_and_becomes_the_drafts_video_with_a_media_job()
    {
        var request = harness.Tus(HttpMethod.Post, "/app/uploads", student);
        request.Headers.Add("Upload-Defer-Length", "1");
        request.Headers.Add("Upload-Metadata", SubmissionHarness.Metadata(("assignment", harness.AssignmentId.ToString()), ("filename", "recording.webm"), ("kind", "video")));
        using var created = await Client.SendAsync(request);
        var location = created.Headers.Location!.OriginalString;
        var video = Files.WebM(30_000);

        await PatchAsync(location, 0, video[..10_000]);
        await PatchAsync(location, 10_000, video[10_000..]);
        var finish = Patch(location, 30_000, new ByteArrayContent([]));
        finish.Headers.Add("Upload-Length", "30000");
        using var finished = await Client.SendAsync(finish);

        Assert.Equal(HttpStatusCode.NoContent, finished.StatusCode);
        var file = await harness.QueryAsync(db => db.SubmissionFiles.SingleAsync());
        Assert.Equal("video/webm", file.MediaType);
        Assert.Equal(file.Id, (await harness.QueryAsync(db => db.MediaJobs.SingleAsync())).SubmissionFileId);
        Assert.Equal(SubmissionType.Video, file.Part);
    }

    [Fact]
    public async Task A_file_over_the_limit_is_refused_at_creation()
    {
        using var response = await Client.SendAsync(Create(3L * 1024 * 1024 * 1024));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("This file is 3 GB; the most this assignment accepts is 2 GB.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("MZ", "a Windows program")]
    [InlineData("\u007FELF", "a Linux program")]
    [InlineData("#!/bin/sh\nrm -rf /", "a script")]
    public async Task An_executable_is_refused_by_its_magic_bytes_whatever_its_name(string start, string what)
    {
        var bytes = System.Text.Encoding.Latin1.GetBytes(start).Concat(new byte[1000]).ToArray();
        var location = await CreateAsync(bytes.Length, "essay.pdf");

        using var response = await PatchAsync(location, 0, bytes);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Contains($"This file is {what}", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(await harness.QueryAsync(db => db.SubmissionFiles.ToListAsync()));
        Assert.Empty(Directory.GetFiles(UploadsFolder()));
    }

    [Fact]
    public async Task An_unknown_binary_type_is_refused_with_a_sentence()
    {
        var bytes = new byte[] { 0x00, 0x01, 0x02, 0x03, 0x00, 0xFE };
        var location = await CreateAsync(bytes.Length);

        using var response = await PatchAsync(location, 0, bytes);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Contains("could not recognise this file's type", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_mismatched_offset_is_409_and_keeps_what_was_stored()
    {
        var pdf = Files.Pdf(10_000);
        var location = await CreateAsync(pdf.Length);
        await PatchAsync(location, 0, pdf[..4000]);

        using var response = await PatchAsync(location, 3000, pdf[3000..]);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("The upload is at byte 4000, not 3000", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(4000, new FileInfo(Directory.GetFiles(UploadsFolder()).Single()).Length);
    }

    [Fact]
    public async Task A_chunk_with_the_wrong_content_type_is_415()
    {
        var location = await CreateAsync(10);
        var request = harness.Tus(HttpMethod.Patch, location, student, new ByteArrayContent(new byte[10]));
        request.Content!.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        request.Headers.Add("Upload-Offset", "0");

        using var response = await Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Contains("application/offset+octet-stream", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_truncated_chunk_keeps_the_bytes_that_arrived_and_the_upload_resumes()
    {
        var pdf = Files.Pdf(200_000);
        var location = await CreateAsync(pdf.Length);

        // The test server waits for the rest of a body that never comes; the client giving up is the dropped connection.
        using var givingUp = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        var broken = await Assert.ThrowsAnyAsync<Exception>(
            () => Client.SendAsync(Patch(location, 0, new BreakingContent(pdf, 120_000)), givingUp.Token));
        using var head = await Client.SendAsync(harness.Tus(HttpMethod.Head, location, student));
        var offset = long.Parse(head.Headers.GetValues("Upload-Offset").Single(), System.Globalization.CultureInfo.InvariantCulture);
        using var rest = await PatchAsync(location, offset, pdf[(int)offset..]);

        Assert.NotNull(broken);
        Assert.InRange(offset, 0, 120_000);
        Assert.Equal(HttpStatusCode.NoContent, rest.StatusCode);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(pdf)), (await harness.QueryAsync(db => db.SubmissionFiles.SingleAsync())).Sha256);
    }

    [Fact]
    public async Task Someone_elses_upload_cannot_be_resumed_or_read()
    {
        var location = await CreateAsync(1000);
        var teacher = await harness.SessionAsync("teacher");

        using var patch = await Client.SendAsync(Patch(location, 0, new ByteArrayContent(Files.Pdf(1000)), teacher));
        using var head = await Client.SendAsync(harness.Tus(HttpMethod.Head, location, teacher));

        Assert.Equal(HttpStatusCode.Forbidden, patch.StatusCode);
        Assert.Contains("This upload belongs to someone else", await patch.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, head.StatusCode);
    }

    [Fact]
    public async Task An_abandoned_upload_expires_and_its_partial_file_is_removed()
    {
        var location = await CreateAsync(10_000);
        await PatchAsync(location, 0, Files.Pdf(10_000)[..5000]);
        harness.Factory.Clock.Advance(TimeSpan.FromHours(25));

        using (var scope = harness.Factory.Services.CreateScope())
        {
            // The cleanup worker's timer runs on the same fake clock and may get there first; either way one pass has run.
            await scope.ServiceProvider.GetRequiredService<UploadCleanup>().RunOnceAsync(CancellationToken.None);
        }

        // A day later the student's old session has ended too; they come back through a new launch.
        var later = await harness.SessionAsync("student");
        using var head = await Client.SendAsync(harness.Tus(HttpMethod.Head, location, later));
        Assert.Equal(HttpStatusCode.Gone, head.StatusCode);
        Assert.Empty(Directory.GetFiles(UploadsFolder()));
        Assert.Equal(UploadSessionStatus.Expired, (await harness.QueryAsync(db => db.UploadSessions.SingleAsync())).Status);
    }

    [Fact]
    public async Task Termination_removes_the_partial_file()
    {
        var location = await CreateAsync(10_000);
        await PatchAsync(location, 0, Files.Pdf(10_000)[..5000]);

        using var response = await Client.SendAsync(harness.Tus(HttpMethod.Delete, location, student));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Empty(Directory.GetFiles(UploadsFolder()));
    }

    [Fact]
    public async Task A_request_without_tus_resumable_is_412()
    {
        using var response = await Client.SendAsync(harness.Request(HttpMethod.Post, "/app/uploads", student));

        Assert.Equal(HttpStatusCode.PreconditionFailed, response.StatusCode);
        Assert.Equal("1.0.0", response.Headers.GetValues("Tus-Version").Single());
    }

    private string UploadsFolder() =>
        harness.Factory.Services.GetRequiredService<UploadFolder>().Root;

    private HttpRequestMessage Create(long length, string name = "portfolio.pdf", string kind = "file")
    {
        var request = harness.Tus(HttpMethod.Post, "/app/uploads", student);
        request.Headers.Add("Upload-Length", length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        request.Headers.Add("Upload-Metadata", SubmissionHarness.Metadata(("assignment", harness.AssignmentId.ToString()), ("filename", name), ("kind", kind)));
        return request;
    }

    private async Task<string> CreateAsync(long length, string name = "portfolio.pdf")
    {
        using var response = await Client.SendAsync(Create(length, name));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return response.Headers.Location!.OriginalString;
    }

    private HttpRequestMessage Patch(string location, long offset, HttpContent content, string? token = null)
    {
        var request = harness.Tus(HttpMethod.Patch, location, token ?? student, content);
        request.Content!.Headers.ContentType = new MediaTypeHeaderValue("application/offset+octet-stream");
        request.Headers.Add("Upload-Offset", offset.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return request;
    }

    private Task<HttpResponseMessage> PatchAsync(string location, long offset, byte[] bytes) =>
        Client.SendAsync(Patch(location, offset, new ByteArrayContent(bytes)));
}
