using GraphQL.Builders;
using GraphQL.Types;

namespace LtiPathways.PathwayGraphQL.Schema.Nodes;

/// <summary>The forward paging arguments every connection field takes.</summary>
public static class PagingArguments
{
    public static FieldBuilder<TSource, TReturn> Paged<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field) =>
        field.Argument<IntGraphType>("first", "How many to return (default and maximum in the API's limits).")
            .Argument<StringGraphType>("after", "The endCursor of the page before.");
}
