using LtiPathways.PathwayGraphQL.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.PathwayGraphQL.Tests.Data;

/// <summary>A fresh in-memory SQLite database kept open for the test's lifetime, migrated like the real one.</summary>
public sealed class SqliteDatabase : IDisposable
{
    private readonly SqliteConnection connection = new("Data Source=:memory:");

    public SqliteDatabase() => connection.Open();

    public PathwaysDbContext NewContext() =>
        new(new DbContextOptionsBuilder<PathwaysDbContext>().UseSqlite(connection).Options);

    public void Dispose() => connection.Dispose();
}
