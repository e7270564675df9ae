using LtiPathways.PathwayGraphQL.Data.Platforms;

namespace LtiPathways.LtiTool.Lti.Registration;

/// <summary>How a dynamic registration ended: the stored registration, or a status with a sentence and the rule for the log.</summary>
public record RegistrationOutcome(PlatformRegistration? Registration, int StatusCode, string Sentence, string? Rule = null)
{
    public static RegistrationOutcome Refused(int status, string sentence, string rule) => new(null, status, sentence, rule);
}
