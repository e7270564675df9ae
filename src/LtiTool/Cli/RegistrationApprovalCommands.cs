using System.CommandLine;
using LtiPathways.LtiTool.Lti.Registration;

namespace LtiPathways.LtiTool.Cli;

/// <summary><c>platforms approve|disable|enable --issuer --client-id</c>: the command-line twin of /admin/registrations.</summary>
public static class RegistrationApprovalCommands
{
    public static IEnumerable<Command> Create(IServiceProvider services, TextWriter output)
    {
        yield return Create(services, output, RegistrationAction.Approve, "approve", "Let a dynamically registered platform launch the tool");
        yield return Create(services, output, RegistrationAction.Disable, "disable", "Refuse launches from a platform");
        yield return Create(services, output, RegistrationAction.Enable, "enable", "Accept launches from a platform again");
    }

    private static Command Create(IServiceProvider services, TextWriter output, RegistrationAction action, string name, string description)
    {
        var issuer = new Option<string>("--issuer") { Description = "The platform's issuer (iss)", Required = true };
        var clientId = new Option<string>("--client-id") { Description = "The client id of the registration", Required = true };
        var command = new Command(name, description) { issuer, clientId };
        command.SetAction(async (parse, cancellationToken) =>
        {
            using var scope = services.CreateScope();
            var registration = await scope.ServiceProvider.GetRequiredService<RegistrationApprovals>()
                .ApplyAsync(parse.GetValue(issuer)!, parse.GetValue(clientId)!, action, cancellationToken);
            if (registration is null)
            {
                await output.WriteLineAsync("No registration has that issuer and client id.");
                return 1;
            }

            await output.WriteLineAsync(
                $"{registration.Issuer} ({registration.ClientId}) is now {(registration.PendingApproval ? "pending approval" : registration.Enabled ? "enabled" : "disabled")}.");
            return 0;
        });
        return command;
    }
}
