using System.Net;
using System.Net.Http.Headers;
using LtiPathways.LtiTool.Media;
using LtiPathways.PathwayGraphQL.Data.Submissions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LtiPathways.LtiTool.Tests.Submissions.Media;

/// <summary>A placed assignment with a student's uploaded media file, and the media worker of the running tool.</summary>
public sealed class MediaScenario(string? sharedFolder = null) : IDisposable
{
    public SubmissionHarness Harness { get; } = new(sharedFolder);

    public string Student { get; private set; } = "";

    public MediaWorker Worker => Harness.Factory.Services.GetRequiredService<MediaWorker>();

    public async Task StartAsync()
    {
        await Harness.PlaceAsync();
        Student = await Harness.SessionAsync("student");
    }

    /// <summary>Uploads the bytes through tus as the student's video (or audio) and returns the stored file.</summary>
    public async Task<SubmissionFile> UploadAsync(byte[] bytes, string kind = "video", string name = "clip.webm")
    {
        var create = Harness.Tus(HttpMethod.Post, "/app/uploads", Student);
        create.Headers.Add("Upload-Length", bytes.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        create.Headers.Add("Upload-Metadata", SubmissionHarness.Metadata(("assignment", Harness.AssignmentId.ToString()), ("filename", name), ("kind", kind)));
        using var created = await Harness.Driver.Client.SendAsync(create);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        var patch = Harness.Tus(HttpMethod.Patch, created.Headers.Location!.OriginalString, Student, new ByteArrayContent(bytes));
        patch.Content!.Headers.ContentType = new MediaTypeHeaderValue("application/offset+octet-stream");
        patch.Headers.Add("Upload-Offset", "0");
        using var patched = await Harness.Driver.Client.SendAsync(patch);
        Assert.Equal(HttpStatusCode.NoContent, patched.StatusCode);
        var id = Guid.Parse(patched.Headers.GetValues("Upload-File-Id").Single());
        return await Harness.QueryAsync(db => db.SubmissionFiles.SingleAsync(f => f.Id == id));
    }

    public async Task SubmitAsync()
    {
        using var response = await Harness.Driver.Client.SendAsync(
            Harness.Request(HttpMethod.Post, $"/app/assignments/{Harness.AssignmentId}/submission/submit", Student));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    public Task<MediaJob> JobAsync() => Harness.QueryAsync(db => db.MediaJobs.AsNoTracking().SingleAsync());

    public Task<List<SubmissionFile>> DerivedAsync(Guid originalId) =>
        Harness.QueryAsync(db => db.SubmissionFiles.AsNoTracking().Where(f => f.DerivedFromFileId == originalId).ToListAsync());

    public string BlobPath(SubmissionFile file) =>
        Harness.Factory.Services.GetRequiredService<LtiTool.Storage.IBlobStore>().LocalPath(file.StorageKey)!;

    public void Dispose() => Harness.Dispose();
}
