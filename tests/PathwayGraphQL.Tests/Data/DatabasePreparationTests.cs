using LtiPathways.PathwayGraphQL.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.PathwayGraphQL.Tests.Data;

public sealed class DatabasePreparationTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("ltipathways-db-").FullName;

    [Fact]
    public async Task A_prepared_sqlite_file_is_migrated_and_stays_in_write_ahead_logging_mode_for_new_connections()
    {
        var connectionString = $"Data Source={Path.Combine(folder, "tool.db")};Pooling=False";
        await using (var db = new PathwaysDbContext(new DbContextOptionsBuilder<PathwaysDbContext>().UseSqlite(connectionString).Options))
        {
            await db.PrepareAsync(CancellationToken.None);
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        }

        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";

        Assert.Equal("wal", (string?)await command.ExecuteScalarAsync());
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
