using LtiPathways.PathwayGraphQL.Data;

namespace LtiPathways.PathwayGraphQL.Tests.Data;

public sealed class SqliteStoredModelTests : StoredModelTests, IDisposable
{
    private readonly SqliteDatabase database = new();

    protected override PathwaysDbContext NewContext() => database.NewContext();

    public void Dispose() => database.Dispose();
}
