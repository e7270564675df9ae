using System.Net;
using System.Text.Json.Nodes;
using LtiPathways.LtiTool.Tests.Infrastructure;

namespace LtiPathways.LtiTool.Tests.DeepLinking;

public sealed class DeepLinkingRulesTests : IAsyncLifetime, IDisposable
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

    [Theory]
    [InlineData("student")]
    [InlineData("mentor")]
    public async Task Only_teachers_may_add_content(string person)
    {
        var (status, html) = await DeepLinkingFlow.LaunchAsync(driver, person);

        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Contains("Only teachers can add LtiPathways content", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_platform_that_does_not_accept_links_is_told_so()
    {
        var (status, html) = await DeepLinkingFlow.LaunchAsync(driver, change: s => s["accept_types"] = new JsonArray("file", "html"));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("does not accept links to a tool", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_accept_multiple_only_one_item_is_allowed()
    {
        var (_, picker) = await DeepLinkingFlow.LaunchAsync(driver, change: s => s["accept_multiple"] = false);
        var both = new Dictionary<string, string>(DeepLinkingFlow.AssessedFields) { ["choice"] = "assessed|planner", ["planner_title"] = "Plan" };
        var (refused, refusedHtml) = await DeepLinkingFlow.SubmitAsync(driver, picker, both);
        var (accepted, acceptedHtml) = await DeepLinkingFlow.SubmitAsync(driver, refusedHtml, DeepLinkingFlow.AssessedFields);

        Assert.Contains("type=\"radio\"", picker, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, refused);
        Assert.Contains("accepts one item at a time", refusedHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, accepted);
        Assert.Single(DeepLinkingFlow.Items(DeepLinkingFlow.Hidden(acceptedHtml, "JWT")));
    }

    [Fact]
    public async Task With_accept_multiple_each_choice_becomes_an_item()
    {
        var (_, picker) = await DeepLinkingFlow.LaunchAsync(driver);
        var all = new Dictionary<string, string>(DeepLinkingFlow.AssessedFields)
        {
            ["choice"] = "assessed|planner|dashboard", ["planner_title"] = "My plan", ["dashboard_title"] = "Cohort",
        };
        var (status, html) = await DeepLinkingFlow.SubmitAsync(driver, picker, all);
        var items = DeepLinkingFlow.Items(DeepLinkingFlow.Hidden(html, "JWT"));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(["Reflective project: service learning", "My plan", "Cohort"], items.Select(i => i!["title"]!.GetValue<string>()));
        Assert.NotNull(items[0]!["lineItem"]);
        Assert.Null(items[1]!["lineItem"]);
        Assert.Null(items[2]!["lineItem"]);
    }

    [Fact]
    public async Task Only_a_window_target_gives_window_presentation()
    {
        var (_, picker) = await DeepLinkingFlow.LaunchAsync(driver, change: s => s["accept_presentation_document_targets"] = new JsonArray("window"));
        var (_, html) = await DeepLinkingFlow.SubmitAsync(driver, picker, DeepLinkingFlow.AssessedFields);
        var item = DeepLinkingFlow.Items(DeepLinkingFlow.Hidden(html, "JWT"))[0]!;

        Assert.NotNull(item["window"]);
        Assert.Null(item["iframe"]);
    }

    [Theory]
    [InlineData("points", "0", "Points must be more than 0")]
    [InlineData("points", "-5", "Points must be more than 0")]
    [InlineData("points", "lots", "as a number")]
    [InlineData("title", "", "Enter a title for the assessed assignment")]
    [InlineData("submission_types", "", "at least one way students may submit")]
    [InlineData("rubric", "Made up", "Choose a rubric from the list")]
    [InlineData("due_at", "next week", "Enter the due date")]
    [InlineData("choice", "", "Choose what to add")]
    public async Task Bad_input_is_refused_with_a_sentence_and_the_request_stays_usable(string field, string value, string sentence)
    {
        var (_, picker) = await DeepLinkingFlow.LaunchAsync(driver);
        var fields = new Dictionary<string, string>(DeepLinkingFlow.AssessedFields) { [field] = value };
        var (status, html) = await DeepLinkingFlow.SubmitAsync(driver, picker, fields);
        var (retried, _) = await DeepLinkingFlow.SubmitAsync(driver, html, DeepLinkingFlow.AssessedFields);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains(sentence, html, StringComparison.Ordinal);
        Assert.Contains("There is a problem", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, retried);
    }

    [Fact]
    public async Task A_post_without_a_known_request_is_refused()
    {
        var (_, picker) = await DeepLinkingFlow.LaunchAsync(driver);
        var forged = picker.Replace(DeepLinkingFlow.Hidden(picker, "request"), "made-up-request", StringComparison.Ordinal);
        var (status, html) = await DeepLinkingFlow.SubmitAsync(driver, forged, DeepLinkingFlow.AssessedFields);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("expired or was already sent", html, StringComparison.Ordinal);
    }
}
