using GraphQL.Types;
using LtiPathways.PathwayGraphQL.Schema.Courses;
using LtiPathways.PathwayGraphQL.Schema.Execution;
using LtiPathways.PathwayGraphQL.Schema.Institutions;
using LtiPathways.PathwayGraphQL.Schema.Nodes;
using LtiPathways.PathwayGraphQL.Schema.People;
using LtiPathways.PathwayGraphQL.Schema.Plans;
using Microsoft.Extensions.DependencyInjection;

namespace LtiPathways.PathwayGraphQL.Schema.Viewers;

public sealed class ViewerType : ObjectGraphType<GraphQLCaller>
{
    public ViewerType()
    {
        Name = "Viewer";
        Description = "Who is asking: a person from an LMS launch, or a district system's API token.";
        Field<NonNullGraphType<ViewerKindType>>("kind")
            .Resolve(context => context.Source.Person is null ? ViewerKind.ApiToken : ViewerKind.Person);
        Field<PersonType>("person").Description("The person asking; null for an API token.")
            .Resolve(context => context.Source.Person is { } person
                ? context.RequestServices!.GetRequiredService<NodeLoaders>().Person(context.Source, person.PersonId)
                : null);
        Field<CourseRoleType>("role").Description("The person's role in the course they launched from; null for an API token.")
            .Resolve(context => context.Source.Person?.Role);
        Field<NonNullGraphType<InstitutionType>>("institution")
            .Resolve(context => context.RequestServices!.GetRequiredService<NodeLoaders>()
                .Institution(context.Source, context.Source.Institution.DeploymentId));
        Field<PlanType>("plan").Description("The person's own pathway plan; null when they have not started one, and for an API token.")
            .ResolveAsync(async context => await PlanOpening.OwnAsync(context, context.Source));
        Field<StringGraphType>("tokenName").Description("The API token's name; null for a person.")
            .Resolve(context => context.Source.Token?.Name);
        Field<ApiTokenScopeType>("tokenScope").Description("Whether the API token may write; null for a person.")
            .Resolve(context => context.Source.Token?.Scope);
    }
}
