using System.Net;
using LtiPathways.LtiTool.Sandbox;

namespace LtiPathways.LtiTool.Tests.GraphQL;

/// <summary>
/// The sandbox's two deployments are two institutions. Ids read from one institution's answers find nothing in the other,
/// whoever asks there (a teacher's session or the other institution's API token), and malformed ids find nothing either.
/// </summary>
public sealed class CrossInstitutionTests : IClassFixture<ToolFixture>
{
    private const string Node = "query($id: ID!) { node(id: $id) { id ... on Course { title } ... on Person { name } ... on Institution { issuer } } }";
    private readonly GraphQLHarness harness;

    public CrossInstitutionTests(ToolFixture fixture) => harness = fixture.Harness;

    [Fact]
    public async Task Ids_from_one_institutions_answers_are_not_found_in_the_other()
    {
        var ids = await IdsSeenInFirstInstitutionAsync();
        var otherTeacher = await harness.SessionAsync("teacher", SandboxPlatform.SecondDeploymentId);
        var otherToken = await harness.ApiTokenAsync(SandboxPlatform.SecondDeploymentId);

        foreach (var caller in new[] { otherTeacher, otherToken })
        {
            var courses = await harness.PostAsync(caller, "{ courses { edges { node { id } } } }");
            Assert.DoesNotContain(ids.Course, courses.Text, StringComparison.Ordinal);
            foreach (var id in new[] { ids.Course, ids.Institution, ids.OnlyThere })
            {
                var answer = await harness.PostAsync(caller, Node, new { id });

                Assert.Equal(HttpStatusCode.OK, answer.Status);
                Assert.Null(answer.Data!["node"]);
                Assert.True(answer.HasData);
                Assert.Equal("NOT_FOUND", answer.FirstCode);
                Assert.Equal($"Nothing you may see has the id {id}.", answer.FirstError);
            }
        }

        var own = await harness.PostAsync(ids.Token, Node, new { id = ids.Course });
        Assert.Equal(SandboxCourse.Title, own.Data!["node"]!["title"]!.GetValue<string>());
        var ownStudent = await harness.PostAsync(ids.Token, Node, new { id = ids.OnlyThere });
        Assert.Equal("Robin First", ownStudent.Data!["node"]!["name"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("")]
    [InlineData("crs_")]
    [InlineData("crs_not-base64-at-all!!")]
    [InlineData("crs_AAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("per_AAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("00000000-0000-0000-0000-000000000000")]
    [InlineData("Q291cnNlOjE=")]
    [InlineData("zzz_AAAAAAAAAAAAAAAAAAAAAA")]
    public async Task A_malformed_or_foreign_id_is_not_found_never_an_error_of_the_server(string id)
    {
        var token = await harness.ApiTokenAsync();

        var answer = await harness.PostAsync(token, Node, new { id });

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.True(answer.FirstCode == "NOT_FOUND", answer.Text);
        Assert.DoesNotContain("   at ", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_person_id_given_as_a_course_id_is_not_found()
    {
        var token = await harness.SessionAsync("teacher");
        var me = (await harness.PostAsync(token, "{ viewer { person { id } } }")).Data!["viewer"]!["person"]!["id"]!.GetValue<string>();

        var answer = await harness.PostAsync(token, Node, new { id = "crs_" + me["per_".Length..] });

        Assert.Equal("NOT_FOUND", answer.FirstCode);
    }

    private async Task<(string Course, string Institution, string OnlyThere, string Token)> IdsSeenInFirstInstitutionAsync()
    {
        // A student who exists only in the first institution (the sandbox's roster people belong to both deployments' courses).
        await harness.SessionAsync("teacher");
        var robin = await harness.SessionAsync("student", change: claims => (claims["sub"], claims["name"]) = ("only-in-first", "Robin First"));
        var robinId = (await harness.PostAsync(robin, "{ viewer { person { id } } }")).Data!["viewer"]!["person"]!["id"]!.GetValue<string>();
        var token = await harness.ApiTokenAsync();
        var answer = await harness.PostAsync(token, "{ viewer { institution { id } } courses { edges { node { id } } } }");
        return (answer.Data!["courses"]!["edges"]![0]!["node"]!["id"]!.GetValue<string>(),
            answer.Data!["viewer"]!["institution"]!["id"]!.GetValue<string>(), robinId, token);
    }
}
