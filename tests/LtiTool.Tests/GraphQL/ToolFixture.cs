namespace LtiPathways.LtiTool.Tests.GraphQL;

/// <summary>One tool per test class: the GraphQL rule tests only read, so they share a host.</summary>
public sealed class ToolFixture : IDisposable
{
    public GraphQLHarness Harness { get; } = new();

    public void Dispose() => Harness.Dispose();
}
