namespace LtiPathways.PathwayGraphQL.Tests.Data;

/// <summary>Test classes in this collection share one <see cref="PostgreSqlServer"/> (one cluster per test assembly).</summary>
[CollectionDefinition(Name)]
public sealed class PostgreSqlCollection : ICollectionFixture<PostgreSqlServer>
{
    public const string Name = "PostgreSQL server";
}
