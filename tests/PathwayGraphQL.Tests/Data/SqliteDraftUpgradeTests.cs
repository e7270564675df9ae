using LtiPathways.PathwayGraphQL.Data;

namespace LtiPathways.PathwayGraphQL.Tests.Data;

public sealed class SqliteDraftUpgradeTests : DraftUpgradeTests, IDisposable
{
    private readonly SqliteDatabase database = new();

    protected override PathwaysDbContext NewContext() => database.NewContext();

    public void Dispose() => database.Dispose();
}
