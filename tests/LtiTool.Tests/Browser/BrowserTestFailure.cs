namespace LtiPathways.LtiTool.Tests.Browser;

/// <summary>A browser test that failed or ran past its deadline, with where it stopped and what the tool logged.</summary>
public sealed class BrowserTestFailure(string message, Exception? cause) : Xunit.Sdk.XunitException(message, cause);
