using System.Net;
using LtiPathways.LtiTool.Sandbox;
using LtiPathways.LtiTool.Tests.DeepLinking;
using LtiPathways.LtiTool.Tests.Infrastructure;
using LtiPathways.LtiTool.Tests.Submissions;

namespace LtiPathways.LtiTool.Tests.Hosting;

/// <summary>Issue 11, finding 3: every page sends a Content-Security-Policy, so a sanitiser slip cannot run script or load remote content.</summary>
public sealed class ContentSecurityPolicyTests : IAsyncLifetime, IDisposable
{
    private const string Moodle = "https://moodle.school.example";

    private readonly SubmissionHarness harness = new();

    public ContentSecurityPolicyTests()
    {
        harness.Factory.Settings["Lti:Platforms:0:Issuer"] = Moodle;
        harness.Factory.Settings["Lti:Platforms:0:ClientId"] = "moodle-client-7";
        harness.Factory.Settings["Lti:Platforms:0:AuthorizationEndpoint"] = Moodle + "/mod/lti/auth.php";
        harness.Factory.Settings["Lti:Platforms:0:TokenEndpoint"] = Moodle + "/mod/lti/token.php";
        harness.Factory.Settings["Lti:Platforms:0:JwksUri"] = Moodle + "/mod/lti/certs.php";
        harness.Factory.Settings["Lti:Platforms:0:DeploymentIds:0"] = "3";
    }

    public Task InitializeAsync() => harness.PlaceAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => harness.Dispose();

    [Fact]
    public async Task Every_tool_page_sends_a_content_security_policy_limited_to_the_tool_and_its_platforms()
    {
        var student = await harness.SessionAsync("student");
        var teacher = await harness.SessionAsync("teacher");
        string[] pages =
        [
            $"/app/assignments/{harness.AssignmentId}/submission?session={student}",
            $"/app/assignments/{harness.AssignmentId}/submission?session={teacher}",
            "/lti/login",
            "/js/submission.js",
        ];

        foreach (var page in pages)
        {
            using var response = await harness.Driver.Client.GetAsync("http://localhost" + page);
            var policy = ContentSecurityPolicyHeader.Read(response);

            Assert.Equal(["'self'"], policy["default-src"]);
            Assert.Equal(["'self'"], policy["script-src"]);
            Assert.Equal(["'none'"], policy["object-src"]);
            Assert.Equal(["'none'"], policy["base-uri"]);
            Assert.Equal(["'self'", "http://localhost", Moodle, SandboxPlatform.Issuer], policy["form-action"].Order(StringComparer.Ordinal));
            Assert.Equal(["'self'", "http://localhost", Moodle, SandboxPlatform.Issuer], policy["frame-ancestors"].Order(StringComparer.Ordinal));
            Assert.Contains("blob:", policy["media-src"]);
            Assert.DoesNotContain(policy.Values.SelectMany(v => v), source => source is "'unsafe-inline'" or "'unsafe-eval'" or "*" or "https:" or "http:");
        }
    }

    [Fact]
    public async Task The_deep_linking_return_may_post_to_the_return_url_the_platform_signed()
    {
        const string returnUrl = "https://lms.school.example/deep-linking/return";
        var (_, picker) = await DeepLinkingFlow.LaunchAsync(harness.Driver, change: settings => settings["deep_link_return_url"] = returnUrl);
        var fields = new Dictionary<string, string>(DeepLinkingFlow.AssessedFields)
        {
            ["session_token"] = DeepLinkingFlow.Hidden(picker, "session_token"),
            ["request"] = DeepLinkingFlow.Hidden(picker, "request"),
        };

        using var response = await harness.Driver.Client.PostAsync(LaunchDriver.ToolBase + "/app/deep-linking", new FormUrlEncodedContent(fields));
        using var otherPage = await harness.Driver.Client.GetAsync(LaunchDriver.ToolBase + "/lti/login");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(returnUrl, DeepLinkingFlow.FormAction(await response.Content.ReadAsStringAsync()));
        Assert.Equal(["'self'", "http://localhost", "https://lms.school.example", Moodle, SandboxPlatform.Issuer],
            ContentSecurityPolicyHeader.Read(response)["form-action"].Order(StringComparer.Ordinal));
        Assert.DoesNotContain("https://lms.school.example", ContentSecurityPolicyHeader.Read(otherPage)["form-action"]);
    }

    [Fact]
    public async Task The_sandbox_course_page_may_frame_the_tool_on_the_other_loopback_name_and_post_to_it()
    {
        using var response = await harness.Driver.Client.GetAsync("http://localhost/sandbox");
        var policy = ContentSecurityPolicyHeader.Read(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["'self'"], policy["default-src"]);
        Assert.Equal(["'self'"], policy["script-src"]);
        Assert.Contains("http://127.0.0.1", policy["frame-src"]);
        Assert.Contains("http://127.0.0.1", policy["form-action"]);
    }

    [Fact]
    public async Task The_registration_page_keeps_the_whole_policy_and_may_be_framed_by_the_registering_platform()
    {
        using var response = await harness.Driver.Client.GetAsync(
            "http://localhost/lti/register?openid_configuration=" + Uri.EscapeDataString("https://lms.school.example/openid-configuration"));
        var policy = ContentSecurityPolicyHeader.Read(response);

        Assert.Equal(["'self'"], policy["script-src"]);
        Assert.Equal(["'none'"], policy["object-src"]);
        Assert.Contains("https://lms.school.example", policy["frame-ancestors"]);
    }
}
