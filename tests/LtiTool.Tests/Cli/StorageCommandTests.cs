using LtiPathways.LtiTool.Cli;
using LtiPathways.LtiTool.Storage;
using LtiPathways.LtiTool.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace LtiPathways.LtiTool.Tests.Cli;

/// <summary><c>storage deletions</c>: every audited removal is listed with its reason.</summary>
public sealed class StorageCommandTests : IDisposable
{
    private readonly ToolFactory factory = new();

    [Fact]
    public async Task An_audited_removal_is_listed_with_its_reason_and_nothing_else_is()
    {
        var (_, empty) = await RunAsync("storage", "deletions");
        var store = factory.Services.GetRequiredService<IBlobStore>();
        var blob = await store.PutAsync(new MemoryStream("unused evidence"u8.ToArray()), CancellationToken.None);
        using (var scope = factory.Services.CreateScope())
        {
            Assert.True(await scope.ServiceProvider.GetRequiredService<BlobRemoval>().RemoveAsync(blob.Key, "Asked for by the family", null, CancellationToken.None));
        }

        var (exit, listed) = await RunAsync("storage", "deletions");

        Assert.Equal("No stored file has been removed.", empty.Trim());
        Assert.Equal(0, exit);
        Assert.Contains($"{blob.Key}  Asked for by the family  by the tool", listed, StringComparison.Ordinal);
    }

    public void Dispose() => factory.Dispose();

    private async Task<(int Exit, string Output)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        var exit = await ToolCommandLine.RunAsync(factory.Services, args, output);
        return (exit, output.ToString());
    }
}
