namespace LtiPathways.LtiTool.Lti.Ags;

/// <summary>A platform service could not be used; the sentence is fit to show a teacher. Callers at the edge turn it into a value.</summary>
public sealed class PlatformServiceException(string sentence, int? statusCode = null, bool transient = false) : Exception(sentence)
{
    public int? StatusCode { get; } = statusCode;

    /// <summary>True when trying again later may help (the platform was unreachable or busy).</summary>
    public bool Transient { get; } = transient;
}
