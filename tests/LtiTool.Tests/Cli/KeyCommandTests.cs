using System.Text.RegularExpressions;
using LtiPathways.LtiTool.Cli;
using LtiPathways.LtiTool.Tests.Infrastructure;

namespace LtiPathways.LtiTool.Tests.Cli;

/// <summary><c>keys rotate|list</c>: a rotated key is listed with its activation time.</summary>
public sealed partial class KeyCommandTests : IDisposable
{
    private readonly ToolFactory factory = new();

    [Fact]
    public async Task A_rotated_key_is_listed_next_to_the_key_it_replaces()
    {
        var (_, before) = await RunAsync("keys", "list");
        var (rotated, rotateOutput) = await RunAsync("keys", "rotate");
        var (listed, after) = await RunAsync("keys", "list");

        Assert.Equal((0, 0), (rotated, listed));
        var kid = NewKey().Match(rotateOutput).Groups["kid"].Value;
        Assert.NotEmpty(kid);
        Assert.Single(Lines(before));
        Assert.Equal(2, Lines(after).Count);
        var oldKid = Lines(before)[0].Split(' ')[0];
        Assert.StartsWith(kid + "  signs from ", Lines(after)[1], StringComparison.Ordinal);
        Assert.StartsWith(oldKid + "  signs from ", Lines(after)[0], StringComparison.Ordinal);
        Assert.DoesNotContain("retires -", Lines(after)[0], StringComparison.Ordinal);
        Assert.Contains("retires -", Lines(after)[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_key_rotated_now_signs_at_once()
    {
        var now = factory.Clock.GetUtcNow().UtcDateTime;

        var (exit, output) = await RunAsync("keys", "rotate", "--now");

        Assert.Equal(0, exit);
        Assert.Contains($"signs from {now:u}", output, StringComparison.Ordinal);
    }

    public void Dispose() => factory.Dispose();

    private static List<string> Lines(string output) =>
        output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();

    private async Task<(int Exit, string Output)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        var exit = await ToolCommandLine.RunAsync(factory.Services, args, output);
        return (exit, output.ToString());
    }

    [GeneratedRegex("New key (?<kid>[A-Za-z0-9_-]+) is published now")]
    private static partial Regex NewKey();
}
