using System.CommandLine;
using System.CommandLine.Parsing;

namespace LtiPathways.LtiTool.Cli;

/// <summary>Administration commands on the same binary: <c>platforms add|list|remove|approve|disable|enable</c>, <c>keys rotate|list</c>, <c>manifests</c>, <c>storage deletions</c>, <c>api-tokens create|list|revoke</c>.</summary>
public static class ToolCommandLine
{
    private static readonly string[] Commands = ["platforms", "keys", "manifests", "storage", "api-tokens"];
    private static readonly string[] HelpAndVersion = ["--help", "-h", "-?", "/?", "/h", "--version"];

    public static bool IsCommand(string[] args) =>
        args.Length > 0 && (Commands.Contains(args[0], StringComparer.Ordinal) || HelpAndVersion.Contains(args[0], StringComparer.Ordinal));

    /// <summary>
    /// Whether the command reads or writes the tool's data, so the database and media folder must be prepared first.
    /// Help, <c>--version</c>, a mistyped command and <c>manifests</c> only print, and create neither.
    /// </summary>
    public static bool UsesData(IServiceProvider services, string[] args)
    {
        var parse = Root(services, TextWriter.Null).Parse(args);
        var command = parse.CommandResult.Command;
        return parse.Errors.Count == 0 && parse.Action is not null && parse.Action == command.Action && !Within(parse.CommandResult, "manifests");
    }

    public static Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output) =>
        Root(services, output).Parse(args).InvokeAsync();

    private static RootCommand Root(IServiceProvider services, TextWriter output)
    {
        var root = new RootCommand("LtiPathways administration");
        root.Subcommands.Add(PlatformCommands.Create(services, output));
        root.Subcommands.Add(KeyCommands.Create(services, output));
        root.Subcommands.Add(ManifestCommands.Create(output));
        root.Subcommands.Add(StorageCommands.Create(services, output));
        root.Subcommands.Add(ApiTokenCommands.Create(services, output));
        root.Subcommands.Add(CoordinatorCommands.Create(services, output));
        return root;
    }

    private static bool Within(CommandResult? result, string name)
    {
        for (; result is not null; result = result.Parent as CommandResult)
        {
            if (result.Command.Name == name)
            {
                return true;
            }
        }

        return false;
    }
}
