namespace LtiPathways.LtiTool.Lti.Services;

/// <summary>The platform did not give the tool an access token; the message says why in words for a log or a teacher.</summary>
public class PlatformTokenException(string message, Exception? inner = null) : Exception(message, inner);
