using System.Net;

namespace LtiPathways.LtiTool.Tests.GraphQL;

/// <summary>GraphQL over HTTP, including its newest draft: media types, status codes, GET and POST, and bad requests.</summary>
public sealed class TransportTests : IClassFixture<ToolFixture>
{
    private const string GraphQLResponse = "application/graphql-response+json";
    private readonly GraphQLHarness harness;

    public TransportTests(ToolFixture fixture) => harness = fixture.Harness;

    [Theory]
    [InlineData(null, "application/json")]
    [InlineData("*/*", "application/json")]
    [InlineData("application/json", "application/json")]
    [InlineData(GraphQLResponse, GraphQLResponse)]
    [InlineData("application/graphql-response+json, application/json", GraphQLResponse)]
    [InlineData("application/json, application/graphql-response+json", GraphQLResponse)]
    [InlineData("application/json;q=0.9, application/graphql-response+json;q=0.5", "application/json")]
    [InlineData("text/html, application/*;q=0.8", "application/json")]
    public async Task Accept_chooses_the_media_type(string? accept, string expected)
    {
        var answer = await harness.PostAsync(await harness.ApiTokenAsync(), "{ __typename }", accept: accept);

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal(expected, answer.MediaType);
        Assert.Equal("Query", answer.Data!["__typename"]!.GetValue<string>());
    }

    [Fact]
    public async Task Nothing_acceptable_is_406_with_a_graphql_error()
    {
        var answer = await harness.PostAsync(await harness.ApiTokenAsync(), "{ __typename }", accept: "text/html, application/xml");

        Assert.Equal(HttpStatusCode.NotAcceptable, answer.Status);
        Assert.Contains("Accept", answer.FirstError, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{ viewer { kind ", GraphQLResponse, HttpStatusCode.BadRequest)]
    [InlineData("{ viewer { kind ", "application/json", HttpStatusCode.OK)]
    [InlineData("{ viewer { shoeSize } }", GraphQLResponse, HttpStatusCode.BadRequest)]
    [InlineData("{ viewer { shoeSize } }", "application/json", HttpStatusCode.OK)]
    public async Task A_document_that_does_not_parse_or_validate_has_no_data_and_4xx_under_graphql_response_json(
        string query, string accept, HttpStatusCode status)
    {
        var answer = await harness.PostAsync(await harness.ApiTokenAsync(), query, accept: accept);

        Assert.Equal(status, answer.Status);
        Assert.False(answer.HasData);
        Assert.NotNull(answer.Errors);
        Assert.DoesNotContain("   at ", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(GraphQLResponse, HttpStatusCode.BadRequest)]
    [InlineData("application/json", HttpStatusCode.OK)]
    public async Task A_variable_of_the_wrong_type_is_refused_before_execution(string accept, HttpStatusCode status)
    {
        var answer = await harness.PostAsync(
            await harness.ApiTokenAsync(), "query($first: Int) { courses(first: $first) { totalCount } }", new { first = "ten" }, accept);

        Assert.Equal(status, answer.Status);
        Assert.False(answer.HasData);
        Assert.Contains("first", answer.FirstError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_query_may_come_by_GET_with_its_variables_as_JSON()
    {
        var answer = await harness.GetAsync(await harness.ApiTokenAsync(),
            "query($first: Int) { courses(first: $first) { totalCount } }", GraphQLResponse, "{\"first\": 1}");

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.NotNull(answer.Data!["courses"]);
    }

    [Fact]
    public async Task A_mutation_by_GET_is_405_and_names_POST()
    {
        var token = await harness.ApiTokenAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString("mutation { __typename }"));
        request.Headers.Authorization = new("Bearer", token);
        request.Headers.Add("Accept", GraphQLResponse);

        using var response = await harness.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("POST", response.Content.Headers.Allow.Single());
    }

    [Fact]
    public async Task Another_method_is_405_and_names_GET_and_POST()
    {
        using var response = await harness.Client.PutAsync("/graphql", new StringContent("{}"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["GET", "POST"], response.Content.Headers.Allow.Order());
    }

    [Theory]
    [InlineData("{ \"query\": ", "application/json", HttpStatusCode.BadRequest, "not valid JSON")]
    [InlineData("", "application/json", HttpStatusCode.BadRequest, "empty")]
    [InlineData("[1, 2]", "application/json", HttpStatusCode.BadRequest, "JSON object")]
    [InlineData("{ \"query\": 42 }", "application/json", HttpStatusCode.BadRequest, "query must be a string")]
    [InlineData("{ \"qeury\": \"{ __typename }\" }", "application/json", HttpStatusCode.BadRequest, "no query")]
    [InlineData("{ \"query\": \"{ __typename }\", \"variables\": \"x\" }", "application/json", HttpStatusCode.BadRequest, "variables must be")]
    [InlineData("{ \"query\": \"{ __typename }\", \"operationName\": 1 }", "application/json", HttpStatusCode.BadRequest, "operationName must be")]
    [InlineData("{ \"query\": \"{ __typename }\", \"extensions\": [] }", "application/json", HttpStatusCode.BadRequest, "extensions must be")]
    [InlineData("{ \"query\": \"{ __typename }\" }", "text/plain", HttpStatusCode.UnsupportedMediaType, "application/json")]
    [InlineData("query=%7B__typename%7D", "application/x-www-form-urlencoded", HttpStatusCode.UnsupportedMediaType, "application/json")]
    [InlineData("{ \"query\": \"{ __typename }\" }", "application/json; charset=latin1", HttpStatusCode.UnsupportedMediaType, "UTF-8")]
    public async Task A_request_that_is_not_GraphQL_over_HTTP_gets_a_4xx_graphql_error(string body, string contentType, HttpStatusCode status, string words)
    {
        var answer = await harness.SendAsync(await harness.ApiTokenAsync(), body, GraphQLResponse, contentType);

        Assert.Equal(status, answer.Status);
        Assert.Equal(GraphQLResponse, answer.MediaType);
        Assert.False(answer.HasData);
        Assert.Contains(words, answer.FirstError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_body_larger_than_the_limit_is_413()
    {
        var answer = await harness.PostAsync(await harness.ApiTokenAsync(), "{ __typename }" + new string(' ', 300_000));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, answer.Status);
        Assert.Contains("larger than", answer.FirstError, StringComparison.Ordinal);
    }
}
