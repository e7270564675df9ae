using System.CommandLine;
using LtiPathways.PathwayGraphQL.ApiTokens;
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

    private static Option<string> Issuer() => new("--issuer") { Description = "The LMS's issuer (iss)", Required = true };

    private static Option<string> DeploymentId() => new("--deployment-id") { Description = "The deployment, when the registration has several" };

    private static Command List(IServiceProvider services, TextWriter output)
    {
        var issuer = Issuer();
        var deploymentId = DeploymentId();
        var command = new Command("list", "List the institution's coordinators") { issuer, deploymentId };
        command.SetAction(async (parse, cancellationToken) =>
        {
            using var scope = services.CreateScope();
            var institution = await scope.ServiceProvider.GetRequiredService<ApiTokenStore>()
                .FindInstitutionAsync(parse.GetValue(issuer)!, null, parse.GetValue(deploymentId), cancellationToken);
            if (!institution.Succeeded)
            {
                await output.WriteLineAsync(institution.Refusal.Sentence);
                return 2;
            }

            var rows = await scope.ServiceProvider.GetRequiredService<Coordinators>().ListAsync(institution.Value, cancellationToken);
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
        var issuer = Issuer();
        var deploymentId = DeploymentId();
        var person = new Option<string>("--person") { Description = "The person's LMS user id (sub) or e-mail", Required = true };
        var command = new Command(name, description) { issuer, deploymentId, person };
        command.SetAction(async (parse, cancellationToken) =>
        {
            using var scope = services.CreateScope();
            var institution = await scope.ServiceProvider.GetRequiredService<ApiTokenStore>()
                .FindInstitutionAsync(parse.GetValue(issuer)!, null, parse.GetValue(deploymentId), cancellationToken);
            if (!institution.Succeeded)
            {
                await output.WriteLineAsync(institution.Refusal.Sentence);
                return 2;
            }

            var coordinators = scope.ServiceProvider.GetRequiredService<Coordinators>();
            var changed = name == "add"
                ? await coordinators.AddAsync(institution.Value, parse.GetValue(person)!, null, cancellationToken)
                : await coordinators.RemoveAsync(institution.Value, parse.GetValue(person)!, cancellationToken);
            await output.WriteLineAsync(changed.Succeeded
                ? $"{changed.Value.Subject} \"{changed.Value.Name}\" is {(name == "add" ? "a coordinator now" : "no longer a coordinator")}."
                : changed.Refusal.Sentence);
            return changed.Succeeded ? 0 : 2;
        });
        return command;
    }
}
