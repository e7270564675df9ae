namespace LtiPathways.PathwayGraphQL.Data.Api;

/// <summary>What an API token may do in its institution.</summary>
public enum ApiTokenScope
{
    Read,
    Write,
}
