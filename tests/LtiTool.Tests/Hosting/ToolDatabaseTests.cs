using LtiPathways.LtiTool.Hosting;
using LtiPathways.PathwayGraphQL.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace LtiPathways.LtiTool.Tests.Hosting;

public sealed class ToolDatabaseTests
{
    [Fact]
    public void Without_a_provider_the_tool_stores_in_sqlite()
    {
        using var services = Services(new() { ["ConnectionStrings:Default"] = "Data Source=:memory:" });
        using var scope = services.CreateScope();

        var db = scope.ServiceProvider.GetRequiredService<PathwaysDbContext>();

        Assert.Equal(typeof(PathwaysDbContext), db.GetType());
        Assert.True(db.Database.IsSqlite());
    }

    [Fact]
    public void On_postgresql_every_consumer_still_asks_for_the_one_context_and_gets_the_postgresql_one()
    {
        using var services = Services(new()
        {
            ["Database:Provider"] = "postgresql", ["ConnectionStrings:Default"] = "Host=127.0.0.1;Database=ltipathways;Username=postgres",
        });
        using var scope = services.CreateScope();

        var db = scope.ServiceProvider.GetRequiredService<PathwaysDbContext>();

        Assert.IsType<PostgreSqlPathwaysDbContext>(db);
        Assert.True(db.Database.IsNpgsql());
    }

    [Fact]
    public void Postgresql_without_a_connection_string_is_refused_at_start_up()
    {
        var e = Assert.Throws<InvalidOperationException>(() => Services(new() { ["Database:Provider"] = "PostgreSQL" }));

        Assert.Contains("ConnectionStrings:Default must name the server", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_provider_is_refused_with_the_ones_there_are()
    {
        var e = Assert.Throws<InvalidOperationException>(() => Services(new() { ["Database:Provider"] = "Postgres" }));

        Assert.Equal("Database:Provider is 'Postgres'; it must be Sqlite or PostgreSQL.", e.Message);
    }

    private static ServiceProvider Services(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddToolDatabase(configuration).BuildServiceProvider();
    }
}
