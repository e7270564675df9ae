using System.CommandLine;
using System.Globalization;
using LtiPathways.LtiTool.Lti.Keys;

namespace LtiPathways.LtiTool.Cli;

public static class KeyCommands
{
    public static Command Create(IServiceProvider services, TextWriter output)
    {
        var keys = new Command("keys", "Manage the tool's signing keys");
        var now = new Option<bool>("--now") { Description = "Sign with the new key at once instead of after the publish lead time" };
        var rotate = new Command("rotate", "Publish a new signing key; it signs after Lti:Keys:PublishBeforeSigning") { now };
        rotate.SetAction(async (parse, cancellationToken) =>
        {
            using var scope = services.CreateScope();
            var key = await scope.ServiceProvider.GetRequiredService<ToolKeyStore>().RotateAsync(parse.GetValue(now), cancellationToken);
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"New key {key.Kid} is published now and signs from {key.ActivatesAt:u}."));
            return 0;
        });
        var list = new Command("list", "List the tool's keys and when each signs and is published");
        list.SetAction(async (_, cancellationToken) =>
        {
            using var scope = services.CreateScope();
            foreach (var key in await scope.ServiceProvider.GetRequiredService<ToolKeyStore>().ListAsync(cancellationToken))
            {
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"{key.Kid}  signs from {key.ActivatesAt:u}  retires {key.RetiresAt?.ToString("u", CultureInfo.InvariantCulture) ?? "-"}  unpublished {key.UnpublishAt?.ToString("u", CultureInfo.InvariantCulture) ?? "-"}"));
            }

            return 0;
        });
        keys.Subcommands.Add(rotate);
        keys.Subcommands.Add(list);
        return keys;
    }
}
