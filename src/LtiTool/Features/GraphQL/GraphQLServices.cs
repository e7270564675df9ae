using LtiPathways.LtiTool.Session;
using LtiPathways.PathwayGraphQL.ApiTokens;
using LtiPathways.PathwayGraphQL.Schema;
using LtiPathways.PathwayGraphQL.Schema.Limits;
using Microsoft.AspNetCore.Authentication;

namespace LtiPathways.LtiTool.Features.GraphQL;

public static class GraphQLServices
{
    public static IServiceCollection AddGraphQLApi(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<GraphQLOptions>().Bind(configuration.GetSection(GraphQLOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddToolSchema();
        services.AddScoped<ApiTokenStore>();
        services.AddSingleton<GraphQLHttpRequestReader>();
        ApiTokenAuthentication.AddTo(services.AddAuthentication());
        return services;
    }
}
