using GraphQL;
using LtiPathways.LtiTool.Tests.Infrastructure;
using LtiPathways.PathwayGraphQL.Schema;
using Microsoft.Extensions.DependencyInjection;

namespace LtiPathways.LtiTool.Tests.GraphQL;

/// <summary>The checked-in SDL is the schema the code builds; a change to one without the other fails here.</summary>
public sealed class SchemaFileTests : IClassFixture<ToolFixture>
{
    private const string SchemaFile = "src/PathwayGraphQL/schema.graphql";
    private readonly GraphQLHarness harness;

    public SchemaFileTests(ToolFixture fixture) => harness = fixture.Harness;

    [Fact]
    public void The_checked_in_schema_is_the_one_the_code_builds()
    {
        var printed = harness.Factory.Services.GetRequiredService<ToolSchema>().Print().ReplaceLineEndings("\n").TrimEnd() + "\n";
        var path = Repository.File(SchemaFile);
        if (Environment.GetEnvironmentVariable("UPDATE_SCHEMA") == "1")
        {
            File.WriteAllText(path, printed);
        }

        var checkedIn = File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : "";
        Assert.True(checkedIn == printed,
            $"{SchemaFile} differs from the schema the code builds. Regenerate it with: "
            + "UPDATE_SCHEMA=1 dotnet test tests/LtiTool.Tests --filter FullyQualifiedName~SchemaFileTests, and commit the file.");
    }
}
