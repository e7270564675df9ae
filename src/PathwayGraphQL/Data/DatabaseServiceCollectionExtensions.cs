using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LtiPathways.PathwayGraphQL.Data;

public static class DatabaseServiceCollectionExtensions
{
    /// <summary>
    /// Registers the one DbContext on the chosen provider; every consumer asks for <see cref="PathwaysDbContext"/>.
    /// Nothing is created on disk here: <see cref="DatabasePreparation.PrepareAsync"/> does that.
    /// </summary>
    public static IServiceCollection AddPathwaysDatabase(this IServiceCollection services, DatabaseProvider provider, string connectionString)
    {
        if (provider == DatabaseProvider.PostgreSQL)
        {
            services.AddDbContext<PathwaysDbContext, PostgreSqlPathwaysDbContext>(options => options.UseNpgsql(connectionString));
            return services;
        }

        services.AddDbContext<PathwaysDbContext>(options => options.UseSqlite(connectionString));
        return services;
    }
}
