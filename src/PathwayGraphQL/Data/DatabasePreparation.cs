using Microsoft.EntityFrameworkCore;

namespace LtiPathways.PathwayGraphQL.Data;

public static class DatabasePreparation
{
    /// <summary>Applies the migrations; an SQLite file also switches to write-ahead logging, so reads go on while one request writes.</summary>
    public static async Task PrepareAsync(this PathwaysDbContext db, CancellationToken cancellationToken)
    {
        await db.Database.MigrateAsync(cancellationToken);
        if (db.Database.IsSqlite())
        {
            // The journal mode is stored in the file, so this holds for every later connection.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
    }
}
