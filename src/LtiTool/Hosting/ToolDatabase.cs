using LtiPathways.PathwayGraphQL.Data;

namespace LtiPathways.LtiTool.Hosting;

public static class ToolDatabase
{
    public const string ProviderKey = "Database:Provider";
    public const string SqliteDefault = "Data Source=data/ltipathways.db";

    /// <summary><c>Database:Provider</c> picks SQLite (the default) or PostgreSQL; <c>ConnectionStrings:Default</c> says where.</summary>
    public static IServiceCollection AddToolDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        var provider = ProviderOf(configuration[ProviderKey]);
        var connectionString = configuration.GetConnectionString("Default");
        if (provider == DatabaseProvider.PostgreSQL && string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException(
                "Database:Provider is PostgreSQL, so ConnectionStrings:Default must name the server, e.g. Host=db.school.org;Database=ltipathways;Username=ltipathways;Password=….");
        }

        return services.AddPathwaysDatabase(provider, connectionString ?? SqliteDefault);
    }

    private static DatabaseProvider ProviderOf(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return DatabaseProvider.Sqlite;
        }

        foreach (var provider in Enum.GetValues<DatabaseProvider>())
        {
            if (string.Equals(provider.ToString(), value.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return provider;
            }
        }

        throw new InvalidOperationException($"Database:Provider is '{value}'; it must be Sqlite or PostgreSQL.");
    }
}
