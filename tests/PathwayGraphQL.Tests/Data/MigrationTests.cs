using LtiPathways.PathwayGraphQL.Data;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.PathwayGraphQL.Tests.Data;

public sealed class MigrationTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSQL)]
    public async Task The_model_has_no_changes_missing_from_the_migrations(DatabaseProvider provider)
    {
        // Comparing the model with the last snapshot needs no server, only the provider's context type.
        await using PathwaysDbContext db = provider == DatabaseProvider.Sqlite
            ? new SqliteDesignTimeDbContextFactory().CreateDbContext([])
            : new PostgreSqlDesignTimeDbContextFactory().CreateDbContext([]);

        Assert.False(
            db.Database.HasPendingModelChanges(),
            $"Add a {provider} migration (README, \"Migrations\"): the model differs from the last migration's snapshot.");
    }
}
