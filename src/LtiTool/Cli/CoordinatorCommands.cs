using System.CommandLine;
using LtiPathways.PathwayGraphQL.Pathways.Planning;

namespace LtiPathways.LtiTool.Cli;

/// <summary><c>coordinators list|add|remove</c>: the people who see every plan of an institution.</summary>
public static class CoordinatorCommands
{
    public static Command Create(IServiceProvider services, TextWriter output)
    {
        var coordinators = new Command("coordinators", "Manage an institution's coordinators (they see every plan there)");
        coordinators.Subcommands.Add(List(services, output));
        coordinators.Subcommands.Add(Change(services, output, "add", "Add a person (their LMS user id or e-mail) as a coordinator"));
        coordinators.Subcommands.Add(Change(services, output, "remove", "Remove a coordinator"));
        return coordinators;
    }

    private static Command List(IServiceProvider services, TextWriter output)
    {
        var institutionOptions = new InstitutionOptions();
        var command = new Command("list", "List the institution's coordinators");
        institutionOptions.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            using var scope = services.CreateScope();
            if (await institutionOptions.FindAsync(parse, scope.ServiceProvider, output, cancellationToken) is not { } institution)
            {
                return 2;
            }

            var rows = await scope.ServiceProvider.GetRequiredService<Coordinators>().ListAsync(institution, cancellationToken);
            if (rows.Value is not { Count: > 0 })
            {
                await output.WriteLineAsync("No coordinators.");
            }

            foreach (var row in rows.Value ?? [])
            {
                await output.WriteLineAsync(FormattableString.Invariant($"{row.Subject}  \"{row.Name}\"  {row.Email}  added {row.AddedAt:u}"));
            }

            return 0;
        });
        return command;
    }

    private static Command Change(IServiceProvider services, TextWriter output, string name, string description)
    {
        var institutionOptions = new InstitutionOptions();
        var person = new Option<string>("--person") { Description = "The person's LMS user id (sub) or e-mail", Required = true };
        var command = new Command(name, description) { person };
        institutionOptions.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            using var scope = services.CreateScope();
            if (await institutionOptions.FindAsync(parse, scope.ServiceProvider, output, cancellationToken) is not { } institution)
            {
                return 2;
            }

            var coordinators = scope.ServiceProvider.GetRequiredService<Coordinators>();
            var changed = name == "add"
                ? await coordinators.AddAsync(institution, parse.GetValue(person)!, null, cancellationToken)
                : await coordinators.RemoveAsync(institution, parse.GetValue(person)!, cancellationToken);
            await output.WriteLineAsync(changed.Succeeded
                ? $"{changed.Value.Subject} \"{changed.Value.Name}\" is {(name == "add" ? "a coordinator now" : "no longer a coordinator")}."
                : changed.Refusal.Sentence);
            return changed.Succeeded ? 0 : 2;
        });
        return command;
    }
}
