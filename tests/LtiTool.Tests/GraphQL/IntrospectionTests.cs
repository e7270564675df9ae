using LtiPathways.PathwayGraphQL.Access;
using LtiPathways.PathwayGraphQL.ApiTokens;
using LtiPathways.PathwayGraphQL.Data.Api;
using LtiPathways.PathwayGraphQL.Data.Courses;
using LtiPathways.PathwayGraphQL.Schema.Execution;
using Microsoft.Extensions.DependencyInjection;

namespace LtiPathways.LtiTool.Tests.GraphQL;

/// <summary>Outside Development the schema is read only by administrators and API tokens; in Development by anyone signed in.</summary>
public sealed class IntrospectionTests : IClassFixture<ToolFixture>
{
    private const string Schema = "{ __schema { queryType { name } } }";
    private readonly GraphQLHarness harness;

    public IntrospectionTests(ToolFixture fixture) => harness = fixture.Harness;

    [Theory]
    [InlineData(CourseRole.Student, false)]
    [InlineData(CourseRole.Teacher, false)]
    [InlineData(CourseRole.Coordinator, false)]
    [InlineData(CourseRole.Admin, true)]
    public async Task Outside_development_only_an_administrator_among_people_may_introspect(CourseRole role, bool allowed)
    {
        var person = new Viewer(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), null, null, role);

        var answer = await ExecuteAsync(GraphQLCaller.Of(person, introspectionForAll: false));

        Assert.Equal(allowed, answer.Kind == GraphQLAnswerKind.Executed);
        Assert.Equal(allowed, answer.Result.Errors is null);
    }

    [Fact]
    public async Task An_api_token_may_introspect_in_production()
    {
        var token = new ApiTokenGrant(Guid.NewGuid(), "SIS", new Institution(Guid.NewGuid(), Guid.NewGuid()), ApiTokenScope.Read);

        var answer = await ExecuteAsync(GraphQLCaller.Of(token));

        Assert.Equal(GraphQLAnswerKind.Executed, answer.Kind);
    }

    [Fact]
    public async Task In_development_a_student_may_introspect()
    {
        var answer = await harness.PostAsync(await harness.SessionAsync("student"), Schema);

        Assert.Equal("Query", answer.Data!["__schema"]!["queryType"]!["name"]!.GetValue<string>());
    }

    private async Task<GraphQLAnswer> ExecuteAsync(GraphQLCaller caller)
    {
        using var scope = harness.Factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<GraphQLExecutor>().ExecuteAsync(
            new GraphQLRequest(Schema, null, null, null), caller, mutationsAllowed: true, scope.ServiceProvider, CancellationToken.None);
    }
}
