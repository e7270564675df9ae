using System.CommandLine;
using LtiPathways.LtiTool.Lti.Manifests;
using LtiPathways.LtiTool.Lti.Platforms;

namespace LtiPathways.LtiTool.Cli;

/// <summary><c>manifests canvas|moodle|schoology --base-url https://…</c>: prints what the LMS administrator needs.</summary>
public static class ManifestCommands
{
    public static Command Create(TextWriter output)
    {
        var manifests = new Command("manifests", "Print the configuration an LMS asks for, for the tool's public base URL");
        foreach (var (platform, manifest) in ToolManifests.ByPlatform)
        {
            var baseUrl = new Option<string>("--base-url") { Description = "The tool's public base URL, e.g. https://pathways.school.org", Required = true };
            var command = new Command(platform, $"Print {manifest.FileName}") { baseUrl };
            command.SetAction(async (parse, _) =>
            {
                var value = parse.GetValue(baseUrl)!;
                if (!PlatformUrlRule.IsAllowed(value))
                {
                    await output.WriteLineAsync($"'{value}' is not an absolute https URL (http is accepted only on loopback).");
                    return 2;
                }

                await output.WriteAsync(manifest.Render(new ToolProfile(new Uri(value))));
                return 0;
            });
            manifests.Subcommands.Add(command);
        }

        return manifests;
    }
}
