using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LtiPathways.PathwayGraphQL.Data;

public static class DatabaseServiceCollectionExtensions
{
    /// <summary>
    /// Registers the one DbContext on the chosen provider; every consumer asks for <see cref="PathwaysDbContext"/>.
    /// An SQLite file's folder is created when it is missing.
    /// </summary>
    public static IServiceCollection AddPathwaysDatabase(this IServiceCollection services, DatabaseProvider provider, string connectionString)
    {
        if (provider == DatabaseProvider.PostgreSQL)
        {
            services.AddDbContext<PathwaysDbContext, PostgreSqlPathwaysDbContext>(options => options.UseNpgsql(connectionString));
            return services;
        }

        EnsureSqliteFolder(connectionString);
        services.AddDbContext<PathwaysDbContext>(options => options.UseSqlite(connectionString));
        return services;
    }

    private static void EnsureSqliteFolder(string connectionString)
    {
        var dataSource = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString).DataSource;
        if (dataSource is "" or ":memory:" || dataSource.StartsWith("file:", StringComparison.Ordinal))
        {
            return;
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(dataSource));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }
    }
}
