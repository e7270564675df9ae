namespace LtiPathways.LtiTool.Sandbox;

/// <summary>How the sandbox misbehaves on one score post: the status and body it answers, and whether it keeps the score anyway.</summary>
public record SandboxFault(int StatusCode, string Body, TimeSpan? RetryAfter = null, bool ApplyFirst = false);
