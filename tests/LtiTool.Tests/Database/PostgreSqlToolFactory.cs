using LtiPathways.LtiTool.Tests.Infrastructure;
using LtiPathways.PathwayGraphQL.Tests.Data;
using Npgsql;

namespace LtiPathways.LtiTool.Tests.Database;

/// <summary>The real tool configured for PostgreSQL, on a database of its own on the shared test server.</summary>
public sealed class PostgreSqlToolFactory : ToolFactory
{
    public PostgreSqlToolFactory(PostgreSqlServer server)
        : this(server.NewDatabase())
    {
    }

    private PostgreSqlToolFactory(string connectionString)
    {
        ConnectionString = connectionString;
        Settings["Database:Provider"] = "PostgreSQL";
        Settings["ConnectionStrings:Default"] = ConnectionString;
    }

    /// <summary>A second instance on the same database, as a second tool process behind a load balancer.</summary>
    public static PostgreSqlToolFactory OnDatabaseOf(PostgreSqlToolFactory first) => new(first.ConnectionString);

    public string ConnectionString { get; }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            // Idle pooled connections of a finished test would count against the server's connection limit.
            using var connection = new NpgsqlConnection(ConnectionString);
            NpgsqlConnection.ClearPool(connection);
        }
    }
}
