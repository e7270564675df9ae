using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace LtiPathways.PathwayGraphQL.Data;

/// <summary>Lets <c>dotnet ef migrations add … --context PathwaysDbContext</c> build the SQLite model without starting the web host.</summary>
public class SqliteDesignTimeDbContextFactory : IDesignTimeDbContextFactory<PathwaysDbContext>
{
    public PathwaysDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PathwaysDbContext>().UseSqlite("Data Source=design-time.db").Options);
}
