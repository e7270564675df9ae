using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace LtiPathways.PathwayGraphQL.Data;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without starting the web host.</summary>
public class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<PathwaysDbContext>
{
    public PathwaysDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PathwaysDbContext>().UseSqlite("Data Source=design-time.db").Options);
}
