using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using LtiPathways.LtiTool.Lti.Ags;
using LtiPathways.PathwayGraphQL.Data.Platforms;

namespace LtiPathways.LtiTool.Sandbox;

/// <summary>The sandbox's AGS score publish service (section 3.4) and result service (section 3.3), with injectable faults.</summary>
public static partial class SandboxScoreEndpoints
{
    private static readonly HashSet<string> ActivityProgress = ["Initialized", "Started", "InProgress", "Submitted", "Completed"];
    private static readonly HashSet<string> GradingProgress = ["FullyGraded", "Pending", "PendingManual", "Failed", "NotReady"];

    public static RouteGroupBuilder MapSandboxScores(this RouteGroupBuilder sandbox)
    {
        foreach (var item in new[] { SandboxLineItemEndpoints.ContainerPath + "/{id}", SandboxLineItemEndpoints.ContainerPath + "/{id}/lineitem" })
        {
            sandbox.MapPost(item + "/scores", PostScoreAsync);
            sandbox.MapGet(item + "/results", Results);
        }

        return sandbox;
    }

    private static async Task<IResult> PostScoreAsync(
        HttpContext context, string contextId, string id, SandboxGradebook gradebook, SandboxAccessTokens tokens, SandboxServiceLog log,
        SandboxFaults faults, SandboxScoreTimestamps timestamps, TimeProvider clock)
    {
        IResult Answer(int status, string sentence) => SandboxLineItemEndpoints.Answer(context, log, status, sentence);
        if (SandboxLineItemEndpoints.Refusal(context, contextId, tokens, log, PlatformScopes.Score) is { } refused)
        {
            return refused;
        }

        if (faults.RateLimitRemaining is { } remaining)
        {
            context.Response.Headers["X-Rate-Limit-Remaining"] = remaining.ToString(CultureInfo.InvariantCulture);
        }

        // Moodle answers 400 to any other content type (checklist D.25).
        if (context.Request.ContentType?.Split(';')[0].Trim() != AgsMediaTypes.Score)
        {
            return Answer(StatusCodes.Status415UnsupportedMediaType, $"A score must be sent as {AgsMediaTypes.Score}.");
        }

        var fault = faults.TakeScoreFault();
        if (fault is { ApplyFirst: false })
        {
            return Fail(context, log, fault);
        }

        if (!gradebook.LineItems.TryGetValue(id, out var item))
        {
            return Answer(StatusCodes.Status404NotFound, "There is no such line item in the sandbox course.");
        }

        var json = await new StreamReader(context.Request.Body).ReadToEndAsync(context.RequestAborted);
        if (Problem(json, out var userId, out var timestamp) is { } problem)
        {
            return Answer(StatusCodes.Status400BadRequest, problem);
        }

        // Canvas refuses to score teachers (checklist D.29).
        if (SandboxCourse.Find(userId) is { } person && !person.Roles.Any(r => r.EndsWith("#Learner", StringComparison.Ordinal)))
        {
            return Answer(StatusCodes.Status422UnprocessableEntity, $"{person.Name} is not a student of the sandbox course.");
        }

        if (!timestamps.TryAdvance(item.Id, userId, timestamp, out var previous))
        {
            return Answer(StatusCodes.Status400BadRequest,
                $"The score's timestamp {timestamp:O} is not after the last one received for this user and line item ({previous:O}).");
        }

        gradebook.AddScore(new SandboxScore(item.Id, userId, json, context.Request.ContentType!, clock.GetUtcNow()));
        if (fault is not null)
        {
            return Fail(context, log, fault);
        }

        log.Add(context.Request, StatusCodes.Status200OK);
        return TypedResults.Json(new { resultUrl = context.Request.Path.Value!.Replace("/scores", "/results", StringComparison.Ordinal) });
    }

    private static IResult Results(
        HttpContext context, string contextId, string id, string? user_id, SandboxGradebook gradebook, SandboxAccessTokens tokens, SandboxServiceLog log)
    {
        if (SandboxLineItemEndpoints.Refusal(context, contextId, tokens, log, PlatformScopes.ResultReadOnly) is { } refused)
        {
            return refused;
        }

        if (!gradebook.LineItems.TryGetValue(id, out var item))
        {
            return SandboxLineItemEndpoints.Answer(context, log, StatusCodes.Status404NotFound, "There is no such line item in the sandbox course.");
        }

        var results = gradebook.Scores.Where(s => s.LineItemId == id && (user_id is null || s.UserId == user_id))
            .GroupBy(s => s.UserId).Select(g => JsonNode.Parse(g.Last().Json)!.AsObject())
            .Select(score => new AgsResult
            {
                UserId = score["userId"]!.GetValue<string>(),
                ResultScore = score["scoreGiven"]?.GetValue<decimal>(),
                ResultMaximum = score["scoreMaximum"]?.GetValue<decimal>() ?? item.ScoreMaximum,
                Comment = score["comment"]?.GetValue<string>(),
            }).ToList();
        log.Add(context.Request, StatusCodes.Status200OK);
        return TypedResults.Text(JsonSerializer.Serialize(results, AgsJson.Options), AgsMediaTypes.ResultContainer);
    }

    /// <summary>The rules of AGS 2.0 section 3.4.1 a platform enforces; null when the score is acceptable.</summary>
    private static string? Problem(string json, out string userId, out DateTimeOffset timestamp)
    {
        userId = "";
        timestamp = default;
        JsonObject score;
        try
        {
            score = JsonNode.Parse(json) as JsonObject ?? throw new JsonException();
        }
        catch (JsonException)
        {
            return "The score is not a JSON object.";
        }

        string? Text(string name) => score[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
        userId = Text("userId") ?? "";
        var stamp = Text("timestamp");
        return userId.Length == 0 ? "userId is required."
            : stamp is null || !IsoWithFraction().IsMatch(stamp)
                || !DateTimeOffset.TryParse(stamp, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out timestamp)
                ? "timestamp must be ISO-8601 with sub-second precision and a zone."
            : !ActivityProgress.Contains(Text("activityProgress") ?? "") ? "activityProgress is missing or not one of the AGS values."
            : !GradingProgress.Contains(Text("gradingProgress") ?? "") ? "gradingProgress is missing or not one of the AGS values."
            : score["scoreGiven"] is not null && score["scoreMaximum"] is null ? "scoreMaximum is required whenever scoreGiven is sent."
            : null;
    }

    private static IResult Fail(HttpContext context, SandboxServiceLog log, SandboxFault fault)
    {
        if (fault.RetryAfter is { } wait)
        {
            context.Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        }

        return SandboxLineItemEndpoints.Answer(context, log, fault.StatusCode, fault.Body);
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d+(Z|[+-]\d{2}:\d{2})$")]
    private static partial Regex IsoWithFraction();
}
