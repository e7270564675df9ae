using LtiPathways.LtiTool.Sandbox;
using LtiPathways.LtiTool.Tests.Infrastructure;
using LtiPathways.PathwayGraphQL.Data.Courses;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace LtiPathways.LtiTool.Tests.GraphQL;

/// <summary>Rosters of many courses are read by batch loaders: the SQL statements do not grow with the number of courses.</summary>
public sealed class BatchingTests : IDisposable
{
    private const string Rosters =
        "{ courses(first: 50) { totalCount edges { node { id title people(first: 5) { totalCount edges { role node { id name } } } } } } }";

    private readonly GraphQLHarness harness = new(new ToolFactory
    {
        ExtraServices = services => services.AddLogging(logging => logging.AddFakeLogging()
            .AddFilter("Microsoft.EntityFrameworkCore.Database.Command", LogLevel.Information)),
    });

    [Fact]
    public async Task Forty_courses_with_their_rosters_take_as_many_statements_as_two()
    {
        var token = await harness.ApiTokenAsync();
        await harness.PostAsync(token, "{ __typename }");
        await AddCoursesAsync(2, membersEach: 8);
        var few = await StatementsAsync(token);

        await AddCoursesAsync(38, membersEach: 8);
        var many = await StatementsAsync(token);

        Assert.Equal(few.Statements, many.Statements);
        Assert.InRange(many.Statements, 1, 6);
        Assert.Equal(40, many.Answer.Data!["courses"]!["totalCount"]!.GetValue<int>());
        Assert.All(many.Answer.Data!["courses"]!["edges"]!.AsArray(),
            edge => Assert.Equal(8, edge!["node"]!["people"]!["totalCount"]!.GetValue<int>()));
    }

    public void Dispose() => harness.Dispose();

    private async Task<(int Statements, HttpAnswer Answer)> StatementsAsync(string token)
    {
        var logs = harness.Factory.Services.GetFakeLogCollector();
        logs.Clear();
        var answer = await harness.PostAsync(token, Rosters);
        Assert.Null(answer.Errors);
        return (logs.GetSnapshot().Count(r => r.Category == "Microsoft.EntityFrameworkCore.Database.Command" && r.Message.StartsWith("Executed DbCommand", StringComparison.Ordinal)), answer);
    }

    private Task<int> AddCoursesAsync(int count, int membersEach) => harness.QueryAsync(async db =>
    {
        var deployment = await db.PlatformDeployments.SingleAsync(d => d.DeploymentId == SandboxPlatform.DeploymentId);
        for (var c = 0; c < count; c++)
        {
            var course = new Course { DeploymentId = deployment.Id, ContextId = Guid.NewGuid().ToString(), Title = $"Course {Guid.NewGuid():N}" };
            for (var m = 0; m < membersEach; m++)
            {
                var user = new LtiUser { RegistrationId = deployment.RegistrationId, Subject = Guid.NewGuid().ToString(), Name = $"Student {m}" };
                db.Users.Add(user);
                course.Members.Add(new CourseMembership { UserId = user.Id, Role = CourseRole.Student });
            }

            db.Courses.Add(course);
        }

        return await db.SaveChangesAsync();
    });
}
