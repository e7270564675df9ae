using System.Net;
using System.Text.RegularExpressions;
using LtiPathways.LtiTool.Sandbox;
using LtiPathways.LtiTool.Tests.Reels;
using LtiPathways.PathwayGraphQL.Mentoring;

namespace LtiPathways.LtiTool.Tests.GraphQL;

/// <summary>
/// The conference reel through the API, shown to exactly whom its page shows it: the student and their advisors and
/// coordinators read the slides in order with the evidence they point to; the share links (never their tokens) are the
/// student's alone; a mentor, an API token and the other institution are refused.
/// </summary>
public sealed class ReelQueryTests : ReelTest
{
    private const string Reel = """
        query($id: ID!) { reel(planId: $id) { id studentName slides { totalCount edges { node { number caption source available title evidenceId percentage text } } } } }
        """;

    private const string Links = "query($id: ID!) { reel(planId: $id) { shareLinks { totalCount edges { node { status expiresAt } } } shareLinkUses { totalCount } } }";

    [Fact]
    public async Task The_student_and_their_advisor_and_coordinator_read_the_reel_and_only_the_student_its_links()
    {
        var (student, planId, jordan) = await JordanWithAReflectionAsync();
        var result = await ReleasedAssessmentAsync(jordan, 16m);
        var (_, page) = await ReelPageAsync(student, planId);
        var reflection = Regex.Match(page, "value=\"Reflection:([0-9a-f-]{36})\"").Groups[1].Value;
        await AddSlideAsync(student, planId, $"RubricAssessment:{result}", "My best presentation so far.");
        await AddSlideAsync(student, planId, $"Reflection:{reflection}", "Where I learnt to plan.");
        var link = await ShareAsync(student, planId);
        var token = await GraphQLHarness.ApiTokenAsync(Factory);
        var planGlobalId = (await GraphQLAsync(token, "{ institution { plans { edges { node { id } } } } }")).Data!["institution"]!["plans"]!["edges"]![0]!["node"]!["id"]!.GetValue<string>();

        string? reelId = null;
        foreach (var viewer in new[] { student, await LaunchAsync("teacher"), await LaunchAsync("coordinator") })
        {
            var answer = await GraphQLAsync(viewer, Reel, new { id = planGlobalId });
            Assert.True(answer.Errors is null, answer.Text);
            var slides = answer.Data!["reel"]!["slides"]!["edges"]!.AsArray().Select(e => e!["node"]!).ToList();
            Assert.Equal(["My best presentation so far.", "Where I learnt to plan."], slides.Select(s => s!["caption"]!.GetValue<string>()));
            Assert.Equal(("RUBRIC_ASSESSMENT", 80m), (slides[0]!["source"]!.GetValue<string>(), slides[0]!["percentage"]!.GetValue<decimal>()));
            Assert.StartsWith("asm_", slides[0]!["evidenceId"]!.GetValue<string>(), StringComparison.Ordinal);
            Assert.Equal((reflection, "Running the food drive taught me to plan backwards."), (slides[1]!["evidenceId"]!.GetValue<string>(), slides[1]!["text"]!.GetValue<string>()));
            reelId = answer.Data!["reel"]!["id"]!.GetValue<string>();
        }

        var own = await GraphQLAsync(student, Links, new { id = planGlobalId });
        Assert.True(own.Errors is null, own.Text);
        Assert.Equal("ACTIVE", own.Data!["reel"]!["shareLinks"]!["edges"]![0]!["node"]!["status"]!.GetValue<string>());
        Assert.DoesNotContain(link.Split('/')[^1], own.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(MentorLinkSecret.Hash(link.Split('/')[^1]), own.Text, StringComparison.Ordinal);
        var advisors = await GraphQLAsync(await LaunchAsync("teacher"), Links, new { id = planGlobalId });
        Assert.Equal("FORBIDDEN", advisors.FirstCode);
        var node = await GraphQLAsync(student, "query($id: ID!) { node(id: $id) { ... on ConferenceReel { slides { totalCount } } } }", new { id = reelId });
        Assert.Equal(2, node.Data!["node"]!["slides"]!["totalCount"]!.GetValue<int>());

        foreach (var (caller, code) in new[] { (await LaunchAsync("mentor"), "FORBIDDEN"), (token, "FORBIDDEN"), (await ElsewhereAsync(), "NOT_FOUND"),
                     (await GraphQLHarness.ApiTokenAsync(Factory, SandboxPlatform.SecondDeploymentId), "FORBIDDEN") })
        {
            var refused = await GraphQLAsync(caller, Reel, new { id = planGlobalId });
            Assert.Equal(code, refused.FirstCode);
            Assert.Null(refused.Data!["reel"]);
            Assert.DoesNotContain("Where I learnt", refused.Text, StringComparison.Ordinal);
            var byId = await GraphQLAsync(caller, "query($id: ID!) { node(id: $id) { id } }", new { id = reelId });
            Assert.Equal("NOT_FOUND", byId.FirstCode);
        }
    }

    private Task<HttpAnswer> GraphQLAsync(string caller, string query, object? variables = null) =>
        SessionGraphQL.PostAsync(Factory, caller, query, variables);
}
