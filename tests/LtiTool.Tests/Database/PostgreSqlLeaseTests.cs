using LtiPathways.LtiTool.Lti.Ags.Delivery;
using LtiPathways.LtiTool.Media;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Assignments;
using LtiPathways.PathwayGraphQL.Data.Courses;
using LtiPathways.PathwayGraphQL.Data.Grading;
using LtiPathways.PathwayGraphQL.Data.Platforms;
using LtiPathways.PathwayGraphQL.Data.Submissions;
using LtiPathways.PathwayGraphQL.Tests.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LtiPathways.LtiTool.Tests.Database;

/// <summary>
/// Two instances reach for the same score or media job at the same moment on PostgreSQL, where (unlike SQLite) writers
/// do not queue for the whole database: exactly one of them gets it.
/// </summary>
[Collection(PostgreSqlCollection.Name)]
public sealed class PostgreSqlLeaseTests : IDisposable
{
    private readonly PostgreSqlToolFactory factory;

    public PostgreSqlLeaseTests(PostgreSqlServer server) => factory = new(server);

    [Fact]
    public async Task Two_workers_leasing_the_same_due_score_at_once_lease_it_once()
    {
        var entry = await AddAsync(db => Score(factory.Clock.GetUtcNow().UtcDateTime));
        var worker = factory.Services.GetRequiredService<ScoreDeliveryWorker>();

        var results = await RaceAsync(nameof(PathwaysDbContext.ScoreOutbox), entry.Id, lease => LeaseScoreAsync(worker, lease));

        Assert.Equal([0, 1], results.Select(r => r.Taken).Order());
        var stored = await QueryAsync(db => db.ScoreOutbox.SingleAsync());
        Assert.Equal(results.Single(r => r.Taken == 1).Lease, stored.LeaseOwner);
    }

    [Fact]
    public async Task Two_workers_leasing_the_same_media_job_at_once_lease_it_once()
    {
        var job = await AddAsync(MediaJob);
        var worker = factory.Services.GetRequiredService<MediaWorker>();

        var results = await RaceAsync(nameof(PathwaysDbContext.MediaJobs), job.Id, lease => LeaseMediaAsync(worker, lease));

        Assert.Equal([0, 1], results.Select(r => r.Taken).Order());
        var stored = await QueryAsync(db => db.MediaJobs.SingleAsync());
        Assert.Equal(1, stored.Attempts);
        Assert.Equal(results.Single(r => r.Taken == 1).Lease, stored.LeaseOwner);
    }

    public void Dispose() => factory.Dispose();

    /// <summary>Both takers start while the row is locked by a third session, so both find it free before either has it.</summary>
    private async Task<(int Taken, string Lease)[]> RaceAsync(string table, Guid id, Func<string, Task<(int Taken, string Lease)>> take)
    {
        await using var held = await HeldRowLock.TakeAsync(factory.ConnectionString, table, id);
        var takers = new[] { Task.Run(() => take("first")), Task.Run(() => take("second")) };
        await held.WaitForWaitersAsync(2);
        await held.ReleaseAsync();
        return await Task.WhenAll(takers);
    }

    private async Task<(int Taken, string Lease)> LeaseScoreAsync(ScoreDeliveryWorker worker, string lease)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PathwaysDbContext>();
        return (await worker.LeaseDueAsync(db, lease, factory.Clock.GetUtcNow(), CancellationToken.None), lease);
    }

    private async Task<(int Taken, string Lease)> LeaseMediaAsync(MediaWorker worker, string lease)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PathwaysDbContext>();
        return (await worker.LeaseNextAsync(db, lease, factory.Clock.GetUtcNow().UtcDateTime, CancellationToken.None), lease);
    }

    private async Task<T> AddAsync<T>(Func<PathwaysDbContext, T> create)
        where T : class
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PathwaysDbContext>();
        var entity = create(db);
        db.Add(entity);
        await db.SaveChangesAsync();
        return entity;
    }

    private async Task<T> QueryAsync<T>(Func<PathwaysDbContext, Task<T>> query)
    {
        using var scope = factory.Services.CreateScope();
        return await query(scope.ServiceProvider.GetRequiredService<PathwaysDbContext>());
    }

    private static ScoreOutboxEntry Score(DateTime now) => new()
    {
        RegistrationId = Guid.NewGuid(), CourseId = Guid.NewGuid(), UserId = Guid.NewGuid(), LineItemUrl = "https://lms.example.org/lineitems/1",
        PlatformUserId = "student-1", Timestamp = now, NextAttemptAt = now, CreatedAt = now,
    };

    /// <summary>A queued job for a file of a student's draft, with the rows a job's foreign keys need.</summary>
    private MediaJob MediaJob(PathwaysDbContext db)
    {
        var now = factory.Clock.GetUtcNow().UtcDateTime;
        var registration = new PlatformRegistration
        {
            Issuer = "https://lms.example.org", ClientId = "client-1", AuthorizationEndpoint = "https://lms.example.org/auth",
            TokenEndpoint = "https://lms.example.org/token", JwksUri = "https://lms.example.org/jwks", CreatedAt = now,
        };
        var deployment = new PlatformDeployment { RegistrationId = registration.Id, DeploymentId = "1" };
        var course = new Course { DeploymentId = deployment.Id, ContextId = "course-1" };
        var student = new LtiUser { RegistrationId = registration.Id, Subject = "student-1" };
        var assignment = new Assignment { CourseId = course.Id, Title = "Recording", CreatedAt = now };
        var submission = new Submission { AssignmentId = assignment.Id, CourseId = course.Id, StudentUserId = student.Id, CreatedAt = now, UpdatedAt = now };
        var file = new SubmissionFile
        {
            SubmissionId = submission.Id, Sha256 = new string('0', 64), MediaType = "video/webm", StorageKey = "blobs/0", CreatedAt = now,
        };
        db.AddRange(registration, deployment, course, student, assignment, submission, file);
        return new MediaJob { SubmissionFileId = file.Id, NextAttemptAt = now, CreatedAt = now };
    }
}
