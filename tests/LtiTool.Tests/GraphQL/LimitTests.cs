using System.Net;

namespace LtiPathways.LtiTool.Tests.GraphQL;

/// <summary>No query takes the tool down: depth, breadth and cost are computed before execution and refused with the figures.</summary>
public sealed class LimitTests : IClassFixture<ToolFixture>
{
    private const string GraphQLResponse = "application/graphql-response+json";
    private readonly GraphQLHarness harness;

    public LimitTests(ToolFixture fixture) => harness = fixture.Harness;

    [Fact]
    public async Task A_query_over_the_cost_limit_is_refused_with_its_computed_cost()
    {
        var query = "{ courses(first: 100) { edges { node { people(first: 100) { edges { role node { id name givenName familyName } } } } } } }";

        var answer = await harness.PostAsync(await harness.ApiTokenAsync(), query, accept: GraphQLResponse);

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.False(answer.HasData);
        Assert.Equal("QUERY_TOO_COSTLY", answer.FirstCode);
        Assert.Matches(@"computed cost is \d{5,}", answer.FirstError);
    }

    [Fact]
    public async Task All_grades_of_one_assignment_are_one_request_and_every_courses_marks_at_once_are_refused()
    {
        const string Grades = """
            query($id: ID!) { node(id: $id) { ... on Assignment { title pointsPossible
              submissions(first: 100) { totalCount edges { node { id student { id name } state submittedAt parts files { name link { url expiresAt } } } } }
              assessments(first: 100) { totalCount edges { node { id student { id name } releaseState total maximum lmsPoints overallComment
                criterionScores { criterionId levelKey points comment } } } }
              gradeDeliveries(first: 100) { totalCount edges { node { student { name } status scoreGiven sentAt } } } } } }
            """;
        const string Everything = """
            { courses(first: 20) { edges { node { title assignments(first: 20) { edges { node { id title
              assessments(first: 100) { edges { node { student { name } releaseState lmsPoints criterionScores { criterionId points } } } } } } } } } } }
            """;
        var token = await harness.ApiTokenAsync();

        var grades = await harness.PostAsync(token, Grades, new { id = "asg_AAAAAAAAAAAAAAAAAAAAAA" }, accept: GraphQLResponse);
        var everything = await harness.PostAsync(token, Everything, accept: GraphQLResponse);

        Assert.True(grades.HasData, grades.Text);
        Assert.Equal("NOT_FOUND", grades.FirstCode);
        Assert.Equal("QUERY_TOO_COSTLY", everything.FirstCode);
    }

    [Fact]
    public async Task A_query_within_the_limits_runs()
    {
        var answer = await harness.PostAsync(await harness.ApiTokenAsync(),
            "{ courses(first: 10) { edges { node { people(first: 50) { edges { node { name } } } } } } }", accept: GraphQLResponse);

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Null(answer.Errors);
    }

    [Fact]
    public async Task A_query_nested_too_deep_is_refused_with_its_depth()
    {
        static string Nested(int ofTypes) =>
            // One type, not every type: the query stays under the cost limit, so only its depth decides.
            "{ __type(name: \"Query\") { fields { type { " + string.Concat(Enumerable.Repeat("ofType { ", ofTypes + 1)) + "name"
            + new string('}', ofTypes + 5).Replace("}", " }");
        var token = await harness.ApiTokenAsync();

        var tooDeep = await harness.PostAsync(token, Nested(9), accept: GraphQLResponse);
        var deepest = await harness.PostAsync(token, Nested(7), accept: GraphQLResponse);

        Assert.Equal(HttpStatusCode.BadRequest, tooDeep.Status);
        Assert.Equal("QUERY_TOO_COSTLY", tooDeep.FirstCode);
        Assert.Contains("depth 14", tooDeep.FirstError, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, deepest.Status);
    }

    [Fact]
    public async Task A_selection_wider_than_the_limit_is_refused()
    {
        var aliases = string.Join(' ', Enumerable.Range(0, 61).Select(i => $"a{i}: __typename"));

        var answer = await harness.PostAsync(await harness.ApiTokenAsync(), "{ " + aliases + " }", accept: GraphQLResponse);

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal("QUERY_TOO_BROAD", answer.FirstCode);
        Assert.Contains("61 fields", answer.FirstError, StringComparison.Ordinal);
    }
}
