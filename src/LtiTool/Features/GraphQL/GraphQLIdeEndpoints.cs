using System.Net;
using LtiPathways.LtiTool.Hosting;
using LtiPathways.LtiTool.Session;
using LtiPathways.PathwayGraphQL.Data.Courses;

namespace LtiPathways.LtiTool.Features.GraphQL;

/// <summary>
/// GraphiQL from the tool's own origin (no outside script), in Development and for administrators. Its files come from
/// the npm package folder beside this file, installed by the build when npm is present; without them the page says how.
/// </summary>
public static class GraphQLIdeEndpoints
{
    public const string Path = "/graphql/ide";
    private const string PackageFolder = "Features/GraphQL/GraphiQL/node_modules";

    private static readonly Dictionary<string, (string File, string ContentType)> Assets = new(StringComparer.Ordinal)
    {
        ["react.js"] = ("react/umd/react.production.min.js", "text/javascript"),
        ["react-dom.js"] = ("react-dom/umd/react-dom.production.min.js", "text/javascript"),
        ["graphiql.js"] = ("graphiql/graphiql.min.js", "text/javascript"),
        ["graphiql.css"] = ("graphiql/graphiql.min.css", "text/css"),
    };

    public static IEndpointRouteBuilder MapGraphiQL(this IEndpointRouteBuilder routes)
    {
        routes.MapGet(Path, ShowAsync);
        routes.MapGet(Path + "/assets/{name}", (string name, IWebHostEnvironment environment) =>
            Assets.TryGetValue(name, out var asset) && File.Exists(Full(environment, asset.File))
                ? Results.File(Full(environment, asset.File), asset.ContentType + "; charset=utf-8")
                : Results.NotFound());
        return routes;
    }

    private static async Task<IResult> ShowAsync(HttpContext context, IWebHostEnvironment environment, SessionTokenIssuer sessions)
    {
        var session = ToolSession.From(context.User);
        if (!environment.IsDevelopment() && session?.Role != CourseRole.Admin)
        {
            return TypedResults.Text("GraphiQL is for administrators: open it from the API tokens page after launching LtiPathways from your LMS.",
                statusCode: StatusCodes.Status403Forbidden);
        }

        if (!Assets.Values.All(asset => File.Exists(Full(environment, asset.File))))
        {
            return Page("<main><h1>GraphiQL is not installed</h1><p>Its files come from npm: run <code>npm ci --prefix src/LtiTool/Features/GraphQL/GraphiQL</code> "
                + "(needs Node.js and npm), then start the tool again. The API itself works without it at <code>/graphql</code>.</p></main>", "");
        }

        // GraphiQL's editors set style attributes and load fonts inline; nothing else of the page's policy is loosened.
        context.ContentSecurityPolicy().Allow("style-src", "'unsafe-inline'").Allow("font-src", "data:");
        var token = session is null ? "" : $"<meta name=\"lti-session\" content=\"{WebUtility.HtmlEncode(await sessions.IssueAsync(session))}\" />";
        return Page("<div id=\"graphiql\" style=\"height: 100vh\"></div>",
            token + $"<link rel=\"stylesheet\" href=\"{Path}/assets/graphiql.css\" />"
            + string.Concat(new[] { "react.js", "react-dom.js", "graphiql.js" }.Select(name => $"<script src=\"{Path}/assets/{name}\" defer></script>"))
            + "<script src=\"/js/graphiql-start.js\" defer></script>");
    }

    private static IResult Page(string body, string head) => TypedResults.Content(
        $"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\" /><title>GraphiQL · LtiPathways</title><link rel=\"icon\" href=\"data:,\" />{head}</head>"
        + $"<body style=\"margin: 0\">{body}</body></html>", "text/html; charset=utf-8");

    private static string Full(IWebHostEnvironment environment, string file) => System.IO.Path.Combine(environment.ContentRootPath, PackageFolder, file);
}
