using System.Net;
using System.Text.Json.Nodes;
using LtiPathways.LtiTool.Sandbox;

namespace LtiPathways.LtiTool.Tests.GraphQL;

/// <summary><c>courses</c> and their <c>people</c>, per role: scoped exactly as the pages are.</summary>
public sealed class CourseQueryTests : IClassFixture<ToolFixture>
{
    private const string Courses =
        "{ courses { totalCount edges { node { id title label viewerRole people(first: 100) { totalCount edges { role node { id name } } } } } } }";

    private readonly GraphQLHarness harness;

    public CourseQueryTests(ToolFixture fixture) => harness = fixture.Harness;

    [Fact]
    public async Task A_teacher_sees_their_course_and_its_whole_roster()
    {
        var token = await harness.SessionAsync("teacher");

        var answer = await harness.PostAsync(token, Courses);

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Null(answer.Errors);
        var course = Assert.Single(Edges(answer.Data!["courses"]!))["node"]!;
        Assert.Equal(SandboxCourse.Title, course["title"]!.GetValue<string>());
        Assert.Equal("TEACHER", course["viewerRole"]!.GetValue<string>());
        var people = course["people"]!;
        Assert.Equal(await harness.ActiveMembersAsync(SandboxPlatform.DeploymentId), people["totalCount"]!.GetValue<int>());
        Assert.Contains(Edges(people), edge => edge["node"]!["name"]!.GetValue<string>() == "Jordan Lee" && edge["role"]!.GetValue<string>() == "STUDENT");
    }

    [Fact]
    public async Task A_course_administrator_sees_the_roster_as_a_teacher_does_though_roles_are_stored_by_name()
    {
        // "Admin" and "Coordinator" sort before "Teacher" as strings: a comparison made by the database would hide the roster.
        var token = await harness.SessionAsync("coordinator");

        var answer = await harness.PostAsync(token, Courses);

        Assert.Null(answer.Errors);
        var course = Assert.Single(Edges(answer.Data!["courses"]!))["node"]!;
        Assert.NotEqual("TEACHER", course["viewerRole"]!.GetValue<string>());
        var people = course["people"]!;
        Assert.Equal(await harness.ActiveMembersAsync(SandboxPlatform.DeploymentId), people["totalCount"]!.GetValue<int>());
        Assert.Contains(Edges(people), edge => edge["node"]!["name"]!.GetValue<string>() == "Jordan Lee");
    }

    [Fact]
    public async Task A_student_sees_their_course_but_asking_for_the_class_is_a_field_error_beside_data()
    {
        var token = await harness.SessionAsync("student");

        var answer = await harness.PostAsync(token, Courses, accept: "application/graphql-response+json");

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        var course = Assert.Single(Edges(answer.Data!["courses"]!))["node"]!;
        Assert.Equal("STUDENT", course["viewerRole"]!.GetValue<string>());
        Assert.Null(course["people"]);
        Assert.Equal("FORBIDDEN", answer.FirstCode);
        Assert.Contains("teachers", answer.FirstError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_mentor_does_not_see_the_class_list()
    {
        var token = await harness.SessionAsync("mentor");

        var answer = await harness.PostAsync(token, Courses);

        Assert.Null(Assert.Single(Edges(answer.Data!["courses"]!))["node"]!["people"]);
        Assert.Equal("FORBIDDEN", answer.FirstCode);
    }

    [Fact]
    public async Task An_api_token_sees_every_course_of_its_institution_and_their_rosters_but_none_of_another()
    {
        await harness.SessionAsync("teacher");
        await harness.SessionAsync("teacher", SandboxPlatform.SecondDeploymentId);
        var token = await harness.ApiTokenAsync();

        var answer = await harness.PostAsync(token, Courses);

        Assert.Null(answer.Errors);
        var course = Assert.Single(Edges(answer.Data!["courses"]!))["node"]!;
        Assert.Null(course["viewerRole"]);
        Assert.Equal(await harness.ActiveMembersAsync(SandboxPlatform.DeploymentId), course["people"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task Pages_follow_their_cursors_and_the_page_size_is_capped()
    {
        var token = await harness.SessionAsync("teacher");
        const string Page = "query($first: Int, $after: String) { courses { edges { node { people(first: $first, after: $after) "
            + "{ totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { node { name } } } } } } }";

        var first = await harness.PostAsync(token, Page, new { first = 1 });
        var people = Edges(first.Data!["courses"]!)[0]["node"]!["people"]!;
        var next = await harness.PostAsync(token, Page, new { first = 1, after = people["pageInfo"]!["endCursor"]!.GetValue<string>() });
        var tooMany = await harness.PostAsync(token, Page, new { first = 101 });
        var forged = await harness.PostAsync(token, Page, new { first = 1, after = "bm90LWEtY3Vyc29y" });

        Assert.True(people["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        var second = Edges(next.Data!["courses"]!)[0]["node"]!["people"]!;
        Assert.True(second["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>());
        Assert.NotEqual(Edges(people)[0]["node"]!["name"]!.GetValue<string>(), Edges(second)[0]["node"]!["name"]!.GetValue<string>());
        Assert.Equal((HttpStatusCode.OK, "PAGE_SIZE"), (tooMany.Status, tooMany.FirstCode));
        Assert.Contains("between 0 and 100", tooMany.FirstError, StringComparison.Ordinal);
        Assert.Equal((HttpStatusCode.OK, "BAD_CURSOR"), (forged.Status, forged.FirstCode));
    }

    [Fact]
    public async Task A_connection_lists_its_nodes_as_items_too()
    {
        var answer = await harness.PostAsync(await harness.SessionAsync("teacher"), "{ courses { items { title } } }");

        Assert.Equal(SandboxCourse.Title, answer.Data!["courses"]!["items"]![0]!["title"]!.GetValue<string>());
    }

    private static List<JsonNode> Edges(JsonNode connection) => connection["edges"]!.AsArray().Select(edge => edge!).ToList();
}
