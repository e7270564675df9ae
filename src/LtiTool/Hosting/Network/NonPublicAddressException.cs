namespace LtiPathways.LtiTool.Hosting.Network;

/// <summary>Thrown from inside the HTTP handler (the connect step), where a refusal cannot be returned as a value.</summary>
public class NonPublicAddressException(string host, HostVerdict verdict)
    : Exception(verdict == HostVerdict.NotFound ? $"{host} could not be resolved" : $"{host} resolves to an address that is not public")
{
    public string Host { get; } = host;

    public HostVerdict Verdict { get; } = verdict;

    /// <summary>The refusal somewhere in an HttpRequestException's chain of inner exceptions, if that is why it failed.</summary>
    public static NonPublicAddressException? In(Exception? failure)
    {
        for (; failure is not null; failure = failure.InnerException)
        {
            if (failure is NonPublicAddressException refused)
            {
                return refused;
            }
        }

        return null;
    }
}
