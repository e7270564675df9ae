using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace LtiPathways.PathwayGraphQL.Data;

/// <summary>
/// Lets <c>dotnet ef migrations add … --context PostgreSqlPathwaysDbContext</c> build the PostgreSQL model; adding a
/// migration never connects, so the connection string only has to parse.
/// </summary>
public class PostgreSqlDesignTimeDbContextFactory : IDesignTimeDbContextFactory<PostgreSqlPathwaysDbContext>
{
    public PostgreSqlPathwaysDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgreSqlPathwaysDbContext>().UseNpgsql("Host=localhost;Database=ltipathways_design").Options);
}
