using System.Globalization;
using System.Text.Json.Nodes;
using LtiPathways.LtiTool.Lti;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace LtiPathways.LtiTool.Sandbox;

/// <summary>The sandbox gradebook page, and the demo action that places an assessed assignment in the course.</summary>
public static class SandboxGradebookEndpoints
{
    public static RouteGroupBuilder MapSandboxGradebook(this RouteGroupBuilder sandbox)
    {
        sandbox.MapGet("/gradebook", Show);
        sandbox.MapPost("/demo-assignment", PlaceDemoAsync);
        return sandbox;
    }

    private static IResult Show(SandboxGradebook gradebook)
    {
        var columns = gradebook.LineItems.Values.OrderBy(c => c.Label, StringComparer.Ordinal).ToList();
        var scores = gradebook.Scores;
        var rows = scores.GroupBy(s => (s.LineItemId, s.UserId)).Select(g => g.Last()).Select(score =>
        {
            var json = JsonNode.Parse(score.Json)!.AsObject();
            string Text(string name) => json[name]?.ToString() ?? "";
            var given = json["scoreGiven"]?.GetValue<decimal>();
            var maximum = json["scoreMaximum"]?.GetValue<decimal>();
            return new SandboxGradebookRow(
                gradebook.LineItems.TryGetValue(score.LineItemId, out var column) ? column.Label : score.LineItemId,
                SandboxCourse.Find(score.UserId)?.Name ?? score.UserId,
                given is null ? null : string.Create(CultureInfo.InvariantCulture, $"{given} / {maximum}"),
                Text("activityProgress"), Text("gradingProgress"), json["comment"]?.ToString(), Text("timestamp"), score.ReceivedAt);
        }).OrderBy(r => r.Column, StringComparer.Ordinal).ThenBy(r => r.Student, StringComparer.Ordinal).ToList();
        return new RazorComponentResult<SandboxGradebookPage>(new { Columns = columns, Rows = rows, TotalScores = scores.Count });
    }

    private static async Task<IResult> PlaceDemoAsync(
        HttpContext context, SandboxDemoAssignment demo, ToolUrls urls, IOptions<LtiOptions> options, CancellationToken cancellationToken)
    {
        var addresses = SandboxAddresses.From(context.Request, urls, !string.IsNullOrEmpty(options.Value.PublicBaseUrl));
        await demo.PlaceAsync(addresses, "Service learning reflection", 20m, cancellationToken);
        return TypedResults.Redirect("/sandbox", permanent: false, preserveMethod: false);
    }
}
