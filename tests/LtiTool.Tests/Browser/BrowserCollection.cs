namespace LtiPathways.LtiTool.Tests.Browser;

/// <summary>Browser test classes run one after another: each starts a chromium, and two cores do not carry four at once.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection
{
    public const string Name = "Browser";
}
