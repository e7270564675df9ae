using System.Net;
using System.Text.Json.Nodes;
using LtiPathways.LtiTool.Tests.Infrastructure;

namespace LtiPathways.LtiTool.Tests.Lti;

/// <summary>Each supported message type lands, and each is refused without the claim its spec makes required.</summary>
public sealed class MessageTypeTests(ToolFactory tool) : ToolTest(tool), IClassFixture<ToolFactory>
{
    [Theory]
    [InlineData("LtiResourceLinkRequest", "You opened <strong>My career pathway</strong>")]
    [InlineData("LtiDeepLinkingRequest", "Add LtiPathways content")]
    [InlineData("LtiSubmissionReviewRequest", "Submission review")]
    public async Task Each_supported_message_type_lands_on_the_tool(string messageType, string shown)
    {
        using var response = await Driver.LaunchAsAsync("teacher", messageType);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(shown, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_resource_link_launch_without_resource_link_id_is_refused()
    {
        var login = await Driver.LoginAsync(messageType: "LtiResourceLinkRequest");
        var claims = Driver.Claims(login);
        ((JsonObject)claims["https://purl.imsglobal.org/spec/lti/claim/resource_link"]!).Remove("id");

        using var response = await Driver.LaunchAsync(Driver.Sign(claims), login.State);

        await Refusal.AssertAsync(response, HttpStatusCode.BadRequest, "does not say which link in your course was opened");
    }

    [Fact]
    public async Task A_deep_linking_launch_without_deep_link_return_url_is_refused()
    {
        var login = await Driver.LoginAsync(messageType: "LtiDeepLinkingRequest");
        var claims = Driver.Claims(login);
        ((JsonObject)claims["https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings"]!).Remove("deep_link_return_url");

        using var response = await Driver.LaunchAsync(Driver.Sign(claims), login.State);

        await Refusal.AssertAsync(response, HttpStatusCode.BadRequest, "did not say where to send it back");
    }

    [Fact]
    public async Task A_submission_review_launch_without_for_user_is_refused()
    {
        var login = await Driver.LoginAsync(messageType: "LtiSubmissionReviewRequest");
        var claims = Driver.Claims(login);
        claims.Remove("https://purl.imsglobal.org/spec/lti/claim/for_user");

        using var response = await Driver.LaunchAsync(Driver.Sign(claims), login.State);

        await Refusal.AssertAsync(response, HttpStatusCode.BadRequest, "did not say whose");
    }
}
