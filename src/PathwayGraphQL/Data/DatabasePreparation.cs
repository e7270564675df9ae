using Microsoft.EntityFrameworkCore;

namespace LtiPathways.PathwayGraphQL.Data;

public static class DatabasePreparation
{
    /// <summary>
    /// Applies the migrations; an SQLite file's folder is created when missing, and the file switches to write-ahead
    /// logging, so reads go on while one request writes.
    /// </summary>
    public static async Task PrepareAsync(this PathwaysDbContext db, CancellationToken cancellationToken)
    {
        if (db.Database.IsSqlite())
        {
            EnsureSqliteFolder(db.Database.GetConnectionString() ?? "");
        }

        await db.Database.MigrateAsync(cancellationToken);
        if (db.Database.IsSqlite())
        {
            // The journal mode is stored in the file, so this holds for every later connection.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
    }

    private static void EnsureSqliteFolder(string connectionString)
    {
        var dataSource = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString).DataSource;
        if (dataSource is "" or ":memory:" || dataSource.StartsWith("file:", StringComparison.Ordinal))
        {
            return;
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(dataSource));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }
    }
}
