using System.CommandLine;

namespace LtiPathways.LtiTool.Cli;

/// <summary>Administration commands on the same binary: <c>platforms add|list|remove|approve|disable|enable</c>, <c>keys rotate|list</c>, <c>manifests</c>, <c>storage deletions</c>.</summary>
public static class ToolCommandLine
{
    private static readonly string[] Commands = ["platforms", "keys", "manifests", "storage"];

    public static bool IsCommand(string[] args) => args.Length > 0 && Commands.Contains(args[0], StringComparer.Ordinal);

    public static Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output)
    {
        var root = new RootCommand("LtiPathways administration");
        root.Subcommands.Add(PlatformCommands.Create(services, output));
        root.Subcommands.Add(KeyCommands.Create(services, output));
        root.Subcommands.Add(ManifestCommands.Create(output));
        root.Subcommands.Add(StorageCommands.Create(services, output));
        return root.Parse(args).InvokeAsync();
    }
}
