namespace LtiPathways.PathwayGraphQL.Data;

/// <summary>Where the one model is stored (configuration <c>Database:Provider</c>).</summary>
public enum DatabaseProvider
{
    /// <summary>An embedded file: one tool instance, nothing to run beside it.</summary>
    Sqlite,

    /// <summary>A PostgreSQL server that several tool instances share behind a load balancer.</summary>
    PostgreSQL,
}
