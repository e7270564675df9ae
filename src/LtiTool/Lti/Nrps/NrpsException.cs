namespace LtiPathways.LtiTool.Lti.Nrps;

/// <summary>The roster could not be read from the platform; the message is a sentence for the log and the teacher.</summary>
public class NrpsException(string message, Exception? inner = null) : Exception(message, inner);
