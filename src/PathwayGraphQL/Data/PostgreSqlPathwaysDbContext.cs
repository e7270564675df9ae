using Microsoft.EntityFrameworkCore;

namespace LtiPathways.PathwayGraphQL.Data;

/// <summary>
/// The same model on PostgreSQL. Consumers still ask for <see cref="PathwaysDbContext"/>; this type exists so that
/// EF Core finds the PostgreSQL migrations (Migrations/PostgreSql) and not SQLite's.
/// </summary>
public class PostgreSqlPathwaysDbContext(DbContextOptions<PostgreSqlPathwaysDbContext> options) : PathwaysDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);

        // SQLite enforces neither string lengths nor decimal scales; PostgreSQL would refuse a longer string and round a
        // finer decimal. Its columns take exactly what SQLite's take, so a value stored on one is stored alike on the other.
        foreach (var property in modelBuilder.Model.GetEntityTypes().SelectMany(type => type.GetProperties()))
        {
            if (property.ClrType == typeof(string))
            {
                property.SetMaxLength(null);
                property.SetIsFixedLength(null);
            }
            else if (property.ClrType == typeof(decimal) || property.ClrType == typeof(decimal?))
            {
                property.SetPrecision(null);
                property.SetScale(null);
            }
        }
    }
}
