using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using LtiPathways.LtiTool.Features.Submissions.Playback;
using LtiPathways.LtiTool.Features.Submissions.Uploads;
using LtiPathways.LtiTool.Storage;
using LtiPathways.LtiTool.Tests.Submissions.Media;
using LtiPathways.PathwayGraphQL.Data.Submissions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Minio.DataModel.Args;

namespace LtiPathways.LtiTool.Tests.Submissions.S3;

/// <summary>The tool with its blobs in a real S3-compatible server: upload, media processing, playback and removal.</summary>
public sealed class S3StorageTests : IClassFixture<S3Server>, IAsyncLifetime, IDisposable
{
    private const int MiB = 1024 * 1024;
    private readonly S3Server server;
    private readonly MediaScenario scenario = new();

    public S3StorageTests(S3Server server)
    {
        this.server = server;
        server.Configure(scenario.Harness.Factory);
    }

    private SubmissionHarness Harness => scenario.Harness;

    private HttpClient Client => Harness.Driver.Client;

    public Task InitializeAsync() => scenario.StartAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => scenario.Dispose();

    [Fact]
    public async Task A_200_MB_file_sent_in_chunks_over_a_dropped_connection_is_stored_in_S3_plays_by_ranges_and_is_removed_with_an_audit_record()
    {
        var pdf = Files.Pdf(200 * MiB);
        var location = await CreateAsync(pdf.Length);
        long offset = 0;
        foreach (var chunk in new[] { 64 * MiB, 64 * MiB })
        {
            using var sent = await PatchAsync(location, offset, new ByteArrayContent(pdf, (int)offset, chunk));
            Assert.Equal(HttpStatusCode.NoContent, sent.StatusCode);
            offset = long.Parse(sent.Headers.GetValues("Upload-Offset").Single(), CultureInfo.InvariantCulture);
        }

        // The test server waits for the rest of a body that never comes; the client giving up is the dropped connection.
        using (var givingUp = new CancellationTokenSource(TimeSpan.FromSeconds(5)))
        {
            await Assert.ThrowsAnyAsync<Exception>(() => PatchAsync(location, offset, new BreakingContent(pdf[(int)offset..], 30 * MiB), givingUp.Token));
        }

        using var head = await Client.SendAsync(Harness.Tus(HttpMethod.Head, location, scenario.Student));
        var resumeAt = long.Parse(head.Headers.GetValues("Upload-Offset").Single(), CultureInfo.InvariantCulture);
        Assert.InRange(resumeAt, offset, offset + 30 * MiB);
        using var rest = await PatchAsync(location, resumeAt, new ByteArrayContent(pdf, (int)resumeAt, pdf.Length - (int)resumeAt));

        Assert.Equal(HttpStatusCode.NoContent, rest.StatusCode);
        var fileId = Guid.Parse(rest.Headers.GetValues("Upload-File-Id").Single());
        var file = await Harness.QueryAsync(db => db.SubmissionFiles.SingleAsync(f => f.Id == fileId));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(pdf)), file.Sha256);
        var stat = await server.Client.StatObjectAsync(new StatObjectArgs().WithBucket(S3Server.Bucket).WithObject(file.StorageKey));
        Assert.Equal(pdf.Length, stat.Size);
        Assert.Null(Store.LocalPath(file.StorageKey));
        Assert.Empty(Directory.GetFiles(Harness.Factory.Services.GetRequiredService<UploadFolder>().Root));

        // Across the stream's 1 MiB block boundary at 150 MiB, and the last bytes of the object.
        await AssertRangeAsync(fileId, pdf, "bytes=157286300-158334999", 157_286_300, 158_334_999);
        await AssertRangeAsync(fileId, pdf, "bytes=-1000", pdf.Length - 1000, pdf.Length - 1);

        using var removed = await Client.SendAsync(
            Harness.Request(HttpMethod.Delete, $"/app/assignments/{Harness.AssignmentId}/submission/files/{fileId}", scenario.Student));
        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        Assert.False(await server.HoldsAsync(file.StorageKey));
        Assert.Equal(file.StorageKey, (await Harness.QueryAsync(db => db.BlobDeletions.SingleAsync())).StorageKey);
    }

    [Fact]
    public async Task A_video_in_S3_is_probed_and_transcoded_from_S3_and_its_playback_copy_is_stored_there()
    {
        var webm = await TestMedia.WebMAsync();
        var original = await scenario.UploadAsync(webm);

        Assert.Equal(1, await scenario.Worker.ProcessDueAsync());

        Assert.Equal(MediaJobStatus.Done, (await scenario.JobAsync()).Status);
        var probed = await Harness.QueryAsync(db => db.SubmissionFiles.AsNoTracking().SingleAsync(f => f.Id == original.Id));
        Assert.Equal("vp9,opus", probed.Codecs);
        Assert.Equal((320, 240), (probed.Width, probed.Height));
        var derived = await scenario.DerivedAsync(original.Id);
        var playback = derived.Single(f => f.Role == SubmissionFileRole.Playback);
        Assert.Contains(derived, f => f.Role == SubmissionFileRole.Poster);
        Assert.All(derived, f => Assert.Null(Store.LocalPath(f.StorageKey)));
        foreach (var stored in derived)
        {
            Assert.True(await server.HoldsAsync(stored.StorageKey), $"{stored.Role} is in the bucket");
        }

        var mp4 = await DownloadAsync(playback.StorageKey);
        Assert.Equal(playback.Size, mp4.Length);
        var copy = Path.Combine(Harness.Factory.Folder, "playback.mp4");
        await File.WriteAllBytesAsync(copy, mp4);
        Assert.Equal("h264\naac", await TestMedia.ProbeAsync(copy, "stream=codec_name"));
        await AssertRangeAsync(playback.Id, mp4, "bytes=0-99", 0, 99);
    }

    private IBlobStore Store => Harness.Factory.Services.GetRequiredService<IBlobStore>();

    private async Task AssertRangeAsync(Guid fileId, byte[] content, string range, long first, long last)
    {
        var link = Harness.Factory.Services.GetRequiredService<MediaLinks>().For(fileId);
        using var request = new HttpRequestMessage(HttpMethod.Get, "http://localhost" + link);
        request.Headers.Add("Range", range);

        using var response = await Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.PartialContent, response.StatusCode);
        Assert.Equal($"bytes {first}-{last}/{content.Length}", response.Content.Headers.ContentRange!.ToString());
        Assert.Equal(content.AsSpan((int)first, (int)(last - first + 1)).ToArray(), await response.Content.ReadAsByteArrayAsync());
    }

    private async Task<byte[]> DownloadAsync(string key)
    {
        using var bytes = new MemoryStream();
        await server.Client.GetObjectAsync(new GetObjectArgs().WithBucket(S3Server.Bucket).WithObject(key)
            .WithCallbackStream(async (stream, cancel) => await stream.CopyToAsync(bytes, cancel)));
        return bytes.ToArray();
    }

    private async Task<string> CreateAsync(long length)
    {
        var request = Harness.Tus(HttpMethod.Post, "/app/uploads", scenario.Student);
        request.Headers.Add("Upload-Length", length.ToString(CultureInfo.InvariantCulture));
        request.Headers.Add("Upload-Metadata", SubmissionHarness.Metadata(("assignment", Harness.AssignmentId.ToString()), ("filename", "portfolio.pdf"), ("kind", "file")));
        using var response = await Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return response.Headers.Location!.OriginalString;
    }

    private Task<HttpResponseMessage> PatchAsync(string location, long offset, HttpContent content, CancellationToken cancellationToken = default)
    {
        var request = Harness.Tus(HttpMethod.Patch, location, scenario.Student, content);
        request.Content!.Headers.ContentType = new MediaTypeHeaderValue("application/offset+octet-stream");
        request.Headers.Add("Upload-Offset", offset.ToString(CultureInfo.InvariantCulture));
        return Client.SendAsync(request, cancellationToken);
    }
}
