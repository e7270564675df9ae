using GraphQL.Types;
using GraphQL.Types.Relay;
using LtiPathways.PathwayGraphQL.Schema.Batching;
using LtiPathways.PathwayGraphQL.Schema.Grading;
using LtiPathways.PathwayGraphQL.Schema.Ids;
using LtiPathways.PathwayGraphQL.Schema.Limits;
using LtiPathways.PathwayGraphQL.Schema.Nodes;
using LtiPathways.PathwayGraphQL.Schema.Paging;
using LtiPathways.Rubrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace LtiPathways.PathwayGraphQL.Schema.Rubrics;

public sealed class RubricType : ObjectGraphType<RubricNode>
{
    public RubricType(GlobalIds ids, IOptions<GraphQLOptions> limits)
    {
        Name = "Rubric";
        Description = "A rubric of a course's or its institution's library.";
        Interface<NodeInterface>();
        IsTypeOf = source => source is RubricNode;
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(context => ids.Encode(GlobalIdKind.Rubric, context.Source.Id));
        Field(r => r.Title);
        Field<NonNullGraphType<ShareScopeType>>("scope").Description("COURSE, or INSTITUTION when shared with every course of the institution.")
            .Resolve(context => context.Source.Scope);
        Field(r => r.TemplateKey, nullable: true).Description("The shipped template it was copied from.");
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("createdAt").Resolve(context => Utc.Of(context.Source.CreatedAt));
        Field<NonNullGraphType<ConnectionType<RubricVersionType>>>("versions")
            .Description("Every version, newest first; assessments keep the version they were marked on.")
            .Paged()
            .Resolve(context =>
            {
                var page = Page.From(context, limits.Value);
                return new MappedResult<IReadOnlyList<RubricVersion>?, object>(
                    context.RequestServices!.GetRequiredService<GradingLoaders>().Versions(context.Source.Id),
                    versions => Connections.Of(page, (versions ?? []).Skip(page.Offset).Take(page.Size + 1).ToList(), versions?.Count ?? 0));
            });
    }
}
