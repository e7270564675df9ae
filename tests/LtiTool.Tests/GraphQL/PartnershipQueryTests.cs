using System.Net;
using LtiPathways.LtiTool.Sandbox;
using LtiPathways.LtiTool.Tests.Partnerships;
using LtiPathways.PathwayGraphQL.Data.Api;

namespace LtiPathways.LtiTool.Tests.GraphQL;

/// <summary>
/// Part two's partnerships through the API, scoped as their pages: the institution's coordinators and API tokens read the
/// whole record; a teacher is refused; the other institution finds none of it, not even by the provider's id.
/// </summary>
public sealed class PartnershipQueryTests : PartnershipTest
{
    private const string Providers = """
        { institution { agreementReminders { providerId organisation daysLeft window }
          providers(first: 10) { totalCount edges { node { id organisation kind status needsAnalysis
            courses { totalCount } agreements { edges { node { expiresOn fileName } } } evaluations { totalCount } scorecards { totalCount } meetings { totalCount } } } } } }
        """;

    private const string Node = "query($id: ID!) { node(id: $id) { id ... on PartnershipProvider { organisation agreements { totalCount } } } }";

    [Fact]
    public async Task Coordinators_and_api_tokens_read_the_providers_record_and_reminders_and_no_one_else_does()
    {
        var coordinator = await LaunchAsync("coordinator");
        var (providerId, page) = await AddProviderAsync(coordinator);
        var (saved, _) = await PostAgreementAsync(page, providerId, Today.AddDays(-300), Today.AddDays(30), Pdf());
        Assert.Equal(HttpStatusCode.Redirect, saved);
        var token = await GraphQLHarness.ApiTokenAsync(Factory);

        foreach (var caller in new[] { coordinator, token })
        {
            var answer = await GraphQLAsync(caller, Providers);
            Assert.True(answer.Errors is null, answer.Text);
            var provider = answer.Data!["institution"]!["providers"]!["edges"]![0]!["node"]!;
            Assert.Equal(("City College", "UNIVERSITY_OR_COLLEGE", "UNDER_EVALUATION"), (provider["organisation"]!.GetValue<string>(),
                provider["kind"]!.GetValue<string>(), provider["status"]!.GetValue<string>()));
            Assert.Equal("agreement.pdf", provider["agreements"]!["edges"]![0]!["node"]!["fileName"]!.GetValue<string>());
            var reminder = answer.Data!["institution"]!["agreementReminders"]![0]!;
            Assert.Equal((provider["id"]!.GetValue<string>(), 30, 30), (reminder["providerId"]!.GetValue<string>(),
                reminder["daysLeft"]!.GetValue<int>(), reminder["window"]!.GetValue<int>()));
            var node = await GraphQLAsync(caller, Node, new { id = provider["id"]!.GetValue<string>() });
            Assert.Equal(1, node.Data!["node"]!["agreements"]!["totalCount"]!.GetValue<int>());
        }

        var id = (await GraphQLAsync(token, Providers)).Data!["institution"]!["providers"]!["edges"]![0]!["node"]!["id"]!.GetValue<string>();
        var teacher = await GraphQLAsync(await LaunchAsync("teacher"), Providers);
        Assert.Equal("FORBIDDEN", teacher.FirstCode);
        Assert.Null(teacher.Data!["institution"]!["providers"]);
        Assert.DoesNotContain("City College", teacher.Text, StringComparison.Ordinal);
        var teacherNode = await GraphQLAsync(await LaunchAsync("teacher"), Node, new { id });
        Assert.Equal("NOT_FOUND", teacherNode.FirstCode);

        var otherToken = await GraphQLHarness.ApiTokenAsync(Factory, SandboxPlatform.SecondDeploymentId, ApiTokenScope.Write);
        foreach (var caller in new[] { await ElsewhereAsync(), otherToken })
        {
            var theirs = await GraphQLAsync(caller, Providers);
            Assert.True(theirs.Errors is null, theirs.Text);
            Assert.Equal(0, theirs.Data!["institution"]!["providers"]!["totalCount"]!.GetValue<int>());
            Assert.Empty(theirs.Data!["institution"]!["agreementReminders"]!.AsArray());
            var byId = await GraphQLAsync(caller, Node, new { id });
            Assert.Equal("NOT_FOUND", byId.FirstCode);
            Assert.Null(byId.Data!["node"]);
        }
    }

    private Task<HttpAnswer> GraphQLAsync(string caller, string query, object? variables = null) =>
        SessionGraphQL.PostAsync(Factory, caller, query, variables);
}
