using System.Net;
using LtiPathways.LtiTool.Sandbox;

namespace LtiPathways.LtiTool.Tests.GraphQL;

/// <summary><c>viewer</c>: who asks, their role and institution, for a person's session and for an API token.</summary>
public sealed class ViewerQueryTests : IClassFixture<ToolFixture>
{
    private const string Viewer = "{ viewer { kind role tokenName tokenScope person { id name } institution { id name issuer lmsDeploymentId } } }";
    private readonly GraphQLHarness harness;

    public ViewerQueryTests(ToolFixture fixture) => harness = fixture.Harness;

    [Theory]
    [InlineData("teacher", "Alex Rivera", "TEACHER")]
    [InlineData("student", "Jordan Lee", "STUDENT")]
    [InlineData("mentor", "Sam Okafor", "MENTOR")]
    public async Task A_person_sees_who_they_are_their_role_and_institution(string person, string name, string role)
    {
        var token = await harness.SessionAsync(person);

        var answer = await harness.PostAsync(token, Viewer);

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Null(answer.Errors);
        var viewer = answer.Data!["viewer"]!;
        Assert.Equal("PERSON", viewer["kind"]!.GetValue<string>());
        Assert.Equal(role, viewer["role"]!.GetValue<string>());
        Assert.Equal(name, viewer["person"]!["name"]!.GetValue<string>());
        Assert.Equal(SandboxPlatform.Issuer, viewer["institution"]!["issuer"]!.GetValue<string>());
        Assert.Equal(SandboxPlatform.DeploymentId, viewer["institution"]!["lmsDeploymentId"]!.GetValue<string>());
        Assert.Null(viewer["tokenName"]);
    }

    [Fact]
    public async Task An_api_token_sees_its_name_scope_and_institution_and_no_person()
    {
        var token = await harness.ApiTokenAsync(SandboxPlatform.SecondDeploymentId);

        var answer = await harness.PostAsync(token, Viewer);

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        var viewer = answer.Data!["viewer"]!;
        Assert.Equal("API_TOKEN", viewer["kind"]!.GetValue<string>());
        Assert.Equal("District SIS", viewer["tokenName"]!.GetValue<string>());
        Assert.Equal("READ", viewer["tokenScope"]!.GetValue<string>());
        Assert.Null(viewer["person"]);
        Assert.Null(viewer["role"]);
        Assert.Equal(SandboxPlatform.SecondDeploymentId, viewer["institution"]!["lmsDeploymentId"]!.GetValue<string>());
    }

    [Fact]
    public async Task Ids_are_opaque_and_stable()
    {
        var token = await harness.SessionAsync("teacher");

        var first = await harness.PostAsync(token, Viewer);
        var second = await harness.PostAsync(token, Viewer);

        var id = first.Data!["viewer"]!["person"]!["id"]!.GetValue<string>();
        Assert.Equal(id, second.Data!["viewer"]!["person"]!["id"]!.GetValue<string>());
        var userId = await harness.QueryAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions
            .SingleAsync(db.Users, u => u.Subject == "sandbox-teacher-1"));
        Assert.DoesNotContain(userId.Id.ToString("N"), id.ToLowerInvariant().Replace("-", ""), StringComparison.Ordinal);
        Assert.DoesNotContain(Convert.ToBase64String(userId.Id.ToByteArray()).TrimEnd('='), id, StringComparison.Ordinal);
        Assert.StartsWith("per_", id, StringComparison.Ordinal);
    }
}
