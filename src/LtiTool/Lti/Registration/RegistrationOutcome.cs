using LtiPathways.PathwayGraphQL.Data.Platforms;

namespace LtiPathways.LtiTool.Lti.Registration;

/// <summary>How a dynamic registration ended: the stored registration and a sentence, or a refusal with the rule for the log.</summary>
public record RegistrationOutcome(PlatformRegistration? Registration, int StatusCode, string Sentence, string? Rule = null)
{
    /// <summary>
    /// Every refusal reads the same, whatever went wrong: /lti/register needs no login, and its answers must not tell a
    /// stranger which internal addresses, ports or paths exist. The precise reason goes to the log.
    /// </summary>
    public const string RefusalSentence =
        "LtiPathways could not register with your LMS. Start the registration again from your LMS; if it fails again, "
        + "the team that runs LtiPathways can see the cause in the tool's log.";

    public static RegistrationOutcome Refused(string rule) => new(null, StatusCodes.Status400BadRequest, RefusalSentence, rule);
}
