using GraphQL;
using GraphQL.Execution;
using GraphQLParser.AST;
using LtiPathways.PathwayGraphQL.Schema.Assessments;
using LtiPathways.PathwayGraphQL.Schema.Execution;
using LtiPathways.PathwayGraphQL.Schema.Grading;
using LtiPathways.PathwayGraphQL.Schema.Ids;
using LtiPathways.PathwayGraphQL.Schema.Nodes;
using LtiPathways.PathwayGraphQL.Schema.People;
using LtiPathways.PathwayGraphQL.Schema.Persisted;
using LtiPathways.PathwayGraphQL.Schema.Plans;
using LtiPathways.PathwayGraphQL.Schema.Rubrics;
using Microsoft.Extensions.DependencyInjection;

namespace LtiPathways.PathwayGraphQL.Schema;

/// <summary>The schema and its execution; the host binds <c>GraphQLOptions</c> from its configuration.</summary>
public static class SchemaServices
{
    public static IServiceCollection AddToolSchema(this IServiceCollection services)
    {
        services.AddGraphQL(graphQL => graphQL
            .AddSchema<ToolSchema>()
            .AddSystemTextJson()
            .AddGraphTypes(typeof(ToolSchema).Assembly)
            // Resolvers share the request's DbContext, which allows one query at a time.
            .AddExecutionStrategy<SerialExecutionStrategy>(OperationType.Query));
        services.AddSingleton<GlobalIds>();
        services.AddSingleton<PersistedQueries>();
        services.AddScoped<GraphQLExecutor>();
        services.AddScoped<NodeLoaders>();
        services.AddScoped<CoursePeopleLoader>();
        services.AddScoped<PlanDetailsLoader>();
        services.AddScoped<GradingLoaders>();
        services.AddScoped<AssessmentReader>();
        services.AddScoped<RubricReader>();
        services.AddScoped<GradingActor>();
        services.AddScoped<Partnerships.PartnershipReader>();
        services.AddScoped<Mentoring.MentoringReader>();
        services.AddScoped<Modules.ModuleReader>();
        services.AddScoped<Reels.ReelReader>();
        return services;
    }
}
