using System.Net;
using LtiPathways.LtiTool.Tests.Infrastructure;
using LtiPathways.PathwayGraphQL.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LtiPathways.LtiTool.Tests.GraphQL;

/// <summary>A request that runs past the time limit is stopped and answered with an error, not left running.</summary>
public sealed class TimeLimitTests : IDisposable
{
    private readonly GraphQLHarness harness;

    public TimeLimitTests()
    {
        var factory = new ToolFactory
        {
            ExtraServices = services => services.ConfigureDbContext<PathwaysDbContext>(
                options => options.AddInterceptors(new SlowCourseQueries(TimeSpan.FromSeconds(1)))),
        };
        factory.Settings["GraphQL:Timeout"] = "00:00:00.200";
        harness = new GraphQLHarness(factory);
    }

    [Theory]
    [InlineData("application/graphql-response+json", HttpStatusCode.ServiceUnavailable)]
    [InlineData("application/json", HttpStatusCode.OK)]
    public async Task A_request_past_the_time_limit_is_stopped_with_an_error(string accept, HttpStatusCode status)
    {
        var token = await harness.ApiTokenAsync();

        var answer = await harness.PostAsync(token, "{ courses(first: 50) { totalCount edges { node { people(first: 50) { totalCount } } } } }",
            accept: accept);

        Assert.Equal(status, answer.Status);
        Assert.Equal("TIMEOUT", answer.FirstCode);
        Assert.DoesNotContain("   at ", answer.Text, StringComparison.Ordinal);
    }

    public void Dispose() => harness.Dispose();
}
