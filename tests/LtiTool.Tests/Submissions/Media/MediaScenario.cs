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
        var id = await Harness.UploadAsync(Student, bytes, kind, name);
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
