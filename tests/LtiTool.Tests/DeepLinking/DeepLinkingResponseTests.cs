using System.Net;
using LtiPathways.LtiTool.Sandbox;
using LtiPathways.LtiTool.Tests.Infrastructure;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Assignments;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace LtiPathways.LtiTool.Tests.DeepLinking;

public sealed class DeepLinkingResponseTests : IAsyncLifetime, IDisposable
{
    private readonly ToolFactory factory = new();
    private LaunchDriver driver = default!;

    public async Task InitializeAsync()
    {
        driver = new LaunchDriver(factory);
        await driver.RegisterSandboxAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        driver.Dispose();
        factory.Dispose();
    }

    [Fact]
    public async Task A_teacher_sees_the_picker_with_its_three_choices()
    {
        var (status, html) = await DeepLinkingFlow.LaunchAsync(driver);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<legend>What to add</legend>", html, StringComparison.Ordinal);
        Assert.Contains("An assessed assignment", html, StringComparison.Ordinal);
        Assert.Contains("A pathway planner link", html, StringComparison.Ordinal);
        Assert.Contains("A coordinator dashboard link", html, StringComparison.Ordinal);
        Assert.Contains("IB CP Reflective Project", html, StringComparison.Ordinal);
        Assert.DoesNotContain("not available in this version", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_response_is_signed_by_the_tool_key_and_carries_every_required_claim()
    {
        var (_, picker) = await DeepLinkingFlow.LaunchAsync(driver);
        var (status, html) = await DeepLinkingFlow.SubmitAsync(driver, picker, DeepLinkingFlow.AssessedFields);
        var jwt = DeepLinkingFlow.Hidden(html, "JWT");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("http://localhost/sandbox/deep-link-return", DeepLinkingFlow.FormAction(html));
        Assert.Contains("/js/auto-submit.js", html, StringComparison.Ordinal);

        var token = new JsonWebToken(jwt);
        Assert.Equal("RS256", token.Alg);
        var jwks = new JsonWebKeySet(await driver.Client.GetStringAsync(LaunchDriver.ToolBase + "/.well-known/jwks.json"));
        var key = Assert.Single(jwks.Keys, k => k.Kid == token.Kid);
        var validation = await new JsonWebTokenHandler().ValidateTokenAsync(jwt, new TokenValidationParameters
        {
            IssuerSigningKey = key,
            ValidIssuer = SandboxPlatform.ClientId,
            ValidAudience = SandboxPlatform.Issuer,
            ValidAlgorithms = ["RS256"],
            LifetimeValidator = (_, _, _, _) => true,
        });
        Assert.True(validation.IsValid, validation.Exception?.Message);

        var payload = DeepLinkingFlow.Payload(jwt);
        Assert.Equal(300, payload["exp"]!.GetValue<long>() - payload["iat"]!.GetValue<long>());
        Assert.Equal(factory.Clock.GetUtcNow().ToUnixTimeSeconds(), payload["iat"]!.GetValue<long>());
        Assert.False(string.IsNullOrEmpty(payload["nonce"]!.GetValue<string>()));
        Assert.Equal(SandboxPlatform.DeploymentId, payload["https://purl.imsglobal.org/spec/lti/claim/deployment_id"]!.GetValue<string>());
        Assert.Equal("LtiDeepLinkingResponse", payload["https://purl.imsglobal.org/spec/lti/claim/message_type"]!.GetValue<string>());
        Assert.Equal("1.3.0", payload["https://purl.imsglobal.org/spec/lti/claim/version"]!.GetValue<string>());
        Assert.Equal(SandboxMessage.DeepLinkingData, payload["https://purl.imsglobal.org/spec/lti-dl/claim/data"]!.GetValue<string>());

        var item = Assert.Single(DeepLinkingFlow.Items(jwt))!.AsObject();
        var assignment = await SingleAssignmentAsync();
        Assert.Equal("ltiResourceLink", item["type"]!.GetValue<string>());
        Assert.Equal("http://localhost/lti/launch", item["url"]!.GetValue<string>());
        Assert.Equal("Reflective project: service learning", item["title"]!.GetValue<string>());
        Assert.Equal(assignment.Id.ToString(), item["custom"]!["assignment_id"]!.GetValue<string>());
        Assert.Equal("Reflective project: service learning", item["lineItem"]!["label"]!.GetValue<string>());
        Assert.Equal(25m, item["lineItem"]!["scoreMaximum"]!.GetValue<decimal>());
        Assert.Equal(assignment.Id.ToString(), item["lineItem"]!["resourceId"]!.GetValue<string>());
        Assert.Equal("assessed-work", item["lineItem"]!["tag"]!.GetValue<string>());
        Assert.Equal("camera; microphone; display-capture; fullscreen; autoplay", item["iframe"]!["allow"]!.GetValue<string>());
        Assert.Equal("2030-05-01T17:00:00Z", item["submission"]!["endDateTime"]!.GetValue<string>());

        Assert.Equal(AssignmentKind.AssessedWork, assignment.Kind);
        Assert.Equal(25m, assignment.PointsPossible);
        Assert.Equal("IB CP Reflective Project", assignment.Rubric);
        Assert.Equal("essay", assignment.SubmissionTypes);
        Assert.Equal(new DateTime(2030, 5, 1, 17, 0, 0, DateTimeKind.Utc), assignment.DueAt);
    }

    [Fact]
    public async Task Every_response_has_a_fresh_nonce()
    {
        var first = DeepLinkingFlow.Payload(await DeepLinkingFlow.PlaceAsync(driver))["nonce"]!.GetValue<string>();
        var second = DeepLinkingFlow.Payload(await DeepLinkingFlow.PlaceAsync(driver))["nonce"]!.GetValue<string>();

        Assert.NotEqual(first, second);
    }

    [Fact]
    public async Task Data_is_echoed_unchanged_even_when_it_is_an_object()
    {
        var (_, picker) = await DeepLinkingFlow.LaunchAsync(driver, change: s => s["data"] = new System.Text.Json.Nodes.JsonObject { ["csrf"] = "abc", ["n"] = 7 });
        var (_, html) = await DeepLinkingFlow.SubmitAsync(driver, picker, DeepLinkingFlow.AssessedFields);

        var data = DeepLinkingFlow.Payload(DeepLinkingFlow.Hidden(html, "JWT"))["https://purl.imsglobal.org/spec/lti-dl/claim/data"]!;
        Assert.Equal("{\"csrf\":\"abc\",\"n\":7}", data.ToJsonString());
    }

    [Fact]
    public async Task A_used_request_cannot_be_sent_twice()
    {
        var (_, picker) = await DeepLinkingFlow.LaunchAsync(driver);
        var (first, _) = await DeepLinkingFlow.SubmitAsync(driver, picker, DeepLinkingFlow.AssessedFields);
        var (second, html) = await DeepLinkingFlow.SubmitAsync(driver, picker, DeepLinkingFlow.AssessedFields);

        Assert.Equal(HttpStatusCode.OK, first);
        Assert.Equal(HttpStatusCode.BadRequest, second);
        Assert.Contains("already sent to your LMS", html, StringComparison.Ordinal);
        Assert.Equal(1, await CountAssignmentsAsync());
    }

    private async Task<Assignment> SingleAssignmentAsync()
    {
        using var scope = factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<PathwaysDbContext>().Assignments.SingleAsync();
    }

    private async Task<int> CountAssignmentsAsync()
    {
        using var scope = factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<PathwaysDbContext>().Assignments.CountAsync();
    }
}
