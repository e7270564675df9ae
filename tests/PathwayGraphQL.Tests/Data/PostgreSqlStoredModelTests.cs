using LtiPathways.PathwayGraphQL.Data;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.PathwayGraphQL.Tests.Data;

[Collection(PostgreSqlCollection.Name)]
public sealed class PostgreSqlStoredModelTests(PostgreSqlServer server) : StoredModelTests, IDisposable
{
    private readonly PostgreSqlDatabase database = new(server);

    protected override PathwaysDbContext NewContext() => database.NewContext();

    [Fact]
    public async Task Preparing_creates_the_database_and_applies_the_postgresql_migrations()
    {
        await using (var db = database.NewContext())
        {
            await db.PrepareAsync(CancellationToken.None);
        }

        await using var check = database.NewContext();
        Assert.Empty(await check.Database.GetPendingMigrationsAsync());
        Assert.Contains(await check.Database.GetAppliedMigrationsAsync(), id => id.EndsWith("_Initial", StringComparison.Ordinal));
    }

    public void Dispose() => database.Dispose();
}
