using LtiPathways.PathwayGraphQL.Data;

namespace LtiPathways.PathwayGraphQL.Tests.Data;

[Collection(PostgreSqlCollection.Name)]
public sealed class PostgreSqlDraftUpgradeTests(PostgreSqlServer server) : DraftUpgradeTests, IDisposable
{
    private readonly PostgreSqlDatabase database = new(server);

    protected override PathwaysDbContext NewContext() => database.NewContext();

    public void Dispose() => database.Dispose();
}
