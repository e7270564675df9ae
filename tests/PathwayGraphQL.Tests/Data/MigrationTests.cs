using LtiPathways.PathwayGraphQL.Data.Courses;
using LtiPathways.PathwayGraphQL.Data.Platforms;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.PathwayGraphQL.Tests.Data;

public sealed class MigrationTests : IDisposable
{
    private readonly SqliteDatabase database = new();

    public void Dispose() => database.Dispose();

    [Fact]
    public async Task Migrations_create_every_table_of_the_model()
    {
        await using var db = database.NewContext();
        await db.Database.MigrateAsync();

        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(0, await db.PlatformRegistrations.CountAsync());
        Assert.Equal(0, await db.ScoreOutbox.CountAsync());
    }

    [Fact]
    public async Task The_model_has_no_changes_missing_from_the_migrations()
    {
        await using var db = database.NewContext();

        Assert.False(db.Database.HasPendingModelChanges(), "Add a migration: the model differs from the last migration's snapshot.");
    }

    [Fact]
    public async Task Timestamps_come_back_as_utc()
    {
        await using (var db = database.NewContext())
        {
            await db.Database.MigrateAsync();
            db.PlatformRegistrations.Add(Registration(new DateTime(2026, 12, 1, 10, 30, 15, 123, DateTimeKind.Utc)));
            await db.SaveChangesAsync();
        }

        await using var fresh = database.NewContext();
        var stored = await fresh.PlatformRegistrations.SingleAsync();

        Assert.Equal(DateTimeKind.Utc, stored.CreatedAt.Kind);
        Assert.Equal(new DateTime(2026, 12, 1, 10, 30, 15, 123, DateTimeKind.Utc), stored.CreatedAt);
    }

    [Fact]
    public async Task One_issuer_and_client_id_is_registered_once()
    {
        await using var db = database.NewContext();
        await db.Database.MigrateAsync();
        db.PlatformRegistrations.Add(Registration(DateTime.UnixEpoch));
        db.PlatformRegistrations.Add(Registration(DateTime.UnixEpoch));

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public async Task A_registration_that_people_use_cannot_be_deleted_with_them()
    {
        await using var db = database.NewContext();
        await db.Database.MigrateAsync();
        var registration = Registration(DateTime.UnixEpoch);
        db.PlatformRegistrations.Add(registration);
        db.Users.Add(new LtiUser { RegistrationId = registration.Id, Subject = "student-1", Name = "Student One" });
        await db.SaveChangesAsync();

        // A fresh context does not know the user, so only the database's foreign key can stop the delete.
        await using var other = database.NewContext();
        other.PlatformRegistrations.Remove(await other.PlatformRegistrations.SingleAsync());

        await Assert.ThrowsAsync<DbUpdateException>(() => other.SaveChangesAsync());
        await using var check = database.NewContext();
        Assert.Equal(1, await check.Users.CountAsync());
    }

    private static PlatformRegistration Registration(DateTime createdAt) => new()
    {
        Issuer = "https://lms.example.org",
        ClientId = "client-1",
        AuthorizationEndpoint = "https://lms.example.org/auth",
        TokenEndpoint = "https://lms.example.org/token",
        JwksUri = "https://lms.example.org/jwks",
        CreatedAt = createdAt,
    };
}
