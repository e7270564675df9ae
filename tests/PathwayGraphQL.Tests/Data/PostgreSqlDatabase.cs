using LtiPathways.PathwayGraphQL.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace LtiPathways.PathwayGraphQL.Tests.Data;

/// <summary>A database of its own on the shared test server, through the PostgreSQL context the tool registers.</summary>
public sealed class PostgreSqlDatabase(PostgreSqlServer server) : IDisposable
{
    public string ConnectionString { get; } = server.NewDatabase();

    public PostgreSqlPathwaysDbContext NewContext() =>
        new(new DbContextOptionsBuilder<PostgreSqlPathwaysDbContext>().UseNpgsql(ConnectionString).Options);

    // Idle pooled connections would otherwise add up, database after database, towards the server's connection limit.
    public void Dispose()
    {
        using var connection = new NpgsqlConnection(ConnectionString);
        NpgsqlConnection.ClearPool(connection);
    }
}
