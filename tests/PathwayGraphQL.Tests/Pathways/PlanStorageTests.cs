using LtiPathways.PathwayGraphQL.Data.Pathways;
using LtiPathways.PathwayGraphQL.Pathways.History;
using LtiPathways.PathwayGraphQL.Pathways.Plans;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.PathwayGraphQL.Tests.Pathways;

public sealed class PlanStorageTests : IAsyncLifetime, IDisposable
{
    private readonly PathwaySchool school = new();

    public Task InitializeAsync() => school.InitializeAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => school.Dispose();

    private PathwayPlan Plan() => new()
    {
        RegistrationId = school.Registration.Id, DeploymentId = school.Deployment.Id, StudentUserId = school.Student.Id,
        TemplateKey = "ib-cp-cte", TemplateVersion = 1, CurrentVersion = 1, CreatedAt = DateTime.UnixEpoch, UpdatedAt = DateTime.UnixEpoch,
    };

    [Fact]
    public async Task A_plan_version_and_its_sign_off_read_back_whole()
    {
        var plan = Plan();
        plan.Versions.Add(new PlanVersion { Number = 1, DocumentJson = PlanDocumentJson.Write(PlanSamples.CombinedPlan()), SavedByUserId = school.Student.Id, SavedAt = DateTime.UnixEpoch });
        plan.SignOffs.Add(new PlanSignOff { VersionNumber = 1, Role = SignOffRole.ParentOrGuardian, Name = "Sam Lee", SignedAt = DateTime.UnixEpoch });
        await using (var db = school.NewContext())
        {
            db.Plans.Add(plan);
            await db.SaveChangesAsync();
        }

        await using var fresh = school.NewContext();
        var stored = await fresh.Plans.Include(p => p.Versions).Include(p => p.SignOffs).SingleAsync();

        Assert.Equal(PlanSamples.CombinedPlan(), PlanDocumentJson.Read(stored.Versions.Single().DocumentJson).Value);
        Assert.Equal(SignOffRole.ParentOrGuardian, stored.SignOffs.Single().Role);
    }

    [Fact]
    public async Task A_student_has_one_plan_per_institution()
    {
        await using var db = school.NewContext();
        db.Plans.AddRange(Plan(), Plan());

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public async Task A_save_based_on_an_older_plan_is_a_conflict()
    {
        await using (var db = school.NewContext())
        {
            db.Plans.Add(Plan());
            await db.SaveChangesAsync();
        }
        await using var first = school.NewContext();
        await using var second = school.NewContext();
        var (mine, theirs) = (await first.Plans.SingleAsync(), await second.Plans.SingleAsync());
        (mine.CurrentVersion, mine.Concurrency) = (2, Guid.NewGuid());
        await first.SaveChangesAsync();

        (theirs.CurrentVersion, theirs.Concurrency) = (2, Guid.NewGuid());

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());
    }
}
