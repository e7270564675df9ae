namespace LtiPathways.LtiTool.Lti.Manifests;

/// <summary>The three LMS documents by name, for the endpoints, the command line and the committed files alike.</summary>
public static class ToolManifests
{
    public static readonly IReadOnlyDictionary<string, (string FileName, string ContentType, Func<ToolProfile, string> Render)> ByPlatform =
        new Dictionary<string, (string, string, Func<ToolProfile, string>)>(StringComparer.OrdinalIgnoreCase)
        {
            ["canvas"] = ("canvas.json", "application/json; charset=utf-8", CanvasManifest.Render),
            ["moodle"] = ("moodle.md", "text/markdown; charset=utf-8", MoodleSheet.Render),
            ["schoology"] = ("schoology.md", "text/markdown; charset=utf-8", SchoologySheet.Render),
        };

    public static IEndpointRouteBuilder MapManifests(this IEndpointRouteBuilder routes)
    {
        foreach (var (_, manifest) in ByPlatform)
        {
            routes.MapGet("/manifests/" + manifest.FileName, (HttpContext context, ToolUrls urls) =>
                Results.Text(manifest.Render(new ToolProfile(urls.BaseUrl(context.Request))), manifest.ContentType));
        }

        return routes;
    }
}
