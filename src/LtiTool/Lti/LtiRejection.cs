using LtiPathways.LtiTool.Shared;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LtiPathways.LtiTool.Lti;

/// <summary>
/// A refused LTI request: the status, one sentence for the person in front of the screen,
/// and the precise rule for the log (never the token itself).
/// </summary>
public record LtiRejection(int StatusCode, string Sentence, string Rule)
{
    /// <summary>Where the person can start again in a window of its own, when cookies were the problem.</summary>
    public string? NewWindowUrl { get; init; }

    /// <summary>Warning by default; a refusal that platforms cause in normal use (Moodle's GET of the launch URL) is Information.</summary>
    public LogLevel LogLevel { get; init; } = LogLevel.Warning;

    public static LtiRejection BadRequest(string sentence, string rule) => new(StatusCodes.Status400BadRequest, sentence, rule);

    public static LtiRejection Unauthorized(string sentence, string rule) => new(StatusCodes.Status401Unauthorized, sentence, rule);

    public static LtiRejection Forbidden(string sentence, string rule) => new(StatusCodes.Status403Forbidden, sentence, rule);

    public IResult ToResult(ILogger logger, string stage)
    {
        logger.Log(LogLevel, "LTI {Stage} refused ({Status}): {Rule}", stage, StatusCode, Rule);
        return new RazorComponentResult<ProblemPage>(new { Sentence, NewWindowUrl }) { StatusCode = StatusCode };
    }
}
