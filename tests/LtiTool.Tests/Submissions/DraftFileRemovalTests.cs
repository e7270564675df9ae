using System.Net;
using LtiPathways.LtiTool.Features.Submissions;
using LtiPathways.LtiTool.Storage;
using LtiPathways.PathwayGraphQL.Submissions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LtiPathways.LtiTool.Tests.Submissions;

public sealed class DraftFileRemovalTests : IAsyncLifetime, IDisposable
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

    private IBlobStore Store => harness.Factory.Services.GetRequiredService<IBlobStore>();

    [Fact]
    public async Task A_student_removes_a_draft_file_and_its_blob_is_erased_with_an_audit_record()
    {
        var kept = await harness.UploadAsync(student, Files.Pdf(5000), name: "keep.pdf");
        var wrong = await harness.UploadAsync(student, Files.Pdf(6000), name: "wrong.pdf");
        var key = await harness.QueryAsync(db => db.SubmissionFiles.Where(f => f.Id == wrong).Select(f => f.StorageKey).SingleAsync());

        using var response = await Client.SendAsync(Remove(wrong));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal([kept], await harness.QueryAsync(db => db.SubmissionFiles.Select(f => f.Id).ToListAsync()));
        Assert.False(await Store.ExistsAsync(key, CancellationToken.None));
        var audit = await harness.QueryAsync(db => db.BlobDeletions.SingleAsync());
        Assert.Equal((key, DraftFileRemoval.Reason), (audit.StorageKey, audit.Reason));
        Assert.NotNull(audit.RequestedByUserId);
    }

    [Fact]
    public async Task A_blob_another_file_still_uses_is_kept_when_one_copy_is_removed()
    {
        var pdf = Files.Pdf(5000);
        await harness.UploadAsync(student, pdf, name: "first.pdf");
        var second = await harness.UploadAsync(student, pdf, name: "same-again.pdf");
        var key = await harness.QueryAsync(db => db.SubmissionFiles.Where(f => f.Id == second).Select(f => f.StorageKey).SingleAsync());

        using var response = await Client.SendAsync(Remove(second));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.True(await Store.ExistsAsync(key, CancellationToken.None));
        Assert.Empty(await harness.QueryAsync(db => db.BlobDeletions.ToListAsync()));
    }

    [Fact]
    public async Task A_file_of_a_submitted_attempt_cannot_be_removed_and_stays_stored()
    {
        var file = await harness.UploadAsync(student, Files.Pdf(5000));
        using var submitted = await Client.SendAsync(harness.Request(HttpMethod.Post, $"/app/assignments/{harness.AssignmentId}/submission/submit", student));
        Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);

        using var response = await Client.SendAsync(Remove(file));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("handed in", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await harness.QueryAsync(db => db.SubmissionFiles.CountAsync()));
    }

    [Fact]
    public async Task Another_persons_file_or_an_unknown_id_is_not_found_and_nothing_is_removed()
    {
        var file = await harness.UploadAsync(student, Files.Pdf(5000));
        var teacher = await harness.SessionAsync("teacher");

        using var asTeacher = await Client.SendAsync(Remove(file, teacher));
        using var unknown = await Client.SendAsync(Remove(Guid.NewGuid()));

        Assert.Equal(HttpStatusCode.NotFound, asTeacher.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("That file is not in your draft.", await unknown.Content.ReadAsStringAsync());
        Assert.Equal(1, await harness.QueryAsync(db => db.SubmissionFiles.CountAsync()));
    }

    [Fact]
    public async Task A_retake_replaces_the_earlier_recording_and_erases_its_blob()
    {
        var first = await harness.UploadAsync(student, Files.WebM(20_000), "video", "take-1.webm");
        var firstKey = await harness.QueryAsync(db => db.SubmissionFiles.Where(f => f.Id == first).Select(f => f.StorageKey).SingleAsync());

        var second = await harness.UploadAsync(student, Files.WebM(25_000), "video", "take-2.webm");

        Assert.Equal([second], await harness.QueryAsync(db => db.SubmissionFiles.Select(f => f.Id).ToListAsync()));
        Assert.False(await Store.ExistsAsync(firstKey, CancellationToken.None));
        Assert.Equal(firstKey, (await harness.QueryAsync(db => db.BlobDeletions.SingleAsync())).StorageKey);
    }

    private HttpRequestMessage Remove(Guid fileId, string? token = null) =>
        harness.Request(HttpMethod.Delete, $"/app/assignments/{harness.AssignmentId}/submission/files/{fileId}", token ?? student);
}
