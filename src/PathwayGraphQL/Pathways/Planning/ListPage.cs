namespace LtiPathways.PathwayGraphQL.Pathways.Planning;

/// <summary>One page of a longer list, and how long the whole list is.</summary>
public sealed record ListPage<T>(IReadOnlyList<T> Rows, int TotalCount);
