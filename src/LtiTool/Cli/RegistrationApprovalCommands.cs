using System.CommandLine;
using LtiPathways.LtiTool.Lti.Platforms;
using LtiPathways.LtiTool.Lti.Registration;
using LtiPathways.PathwayGraphQL.Data.Platforms;

namespace LtiPathways.LtiTool.Cli;

/// <summary>
/// <c>platforms approve|disable|enable|approve-change|reject-change --issuer --client-id</c>: the command-line twin
/// of /admin/registrations.
/// </summary>
public static class RegistrationApprovalCommands
{
    public static IEnumerable<Command> Create(IServiceProvider services, TextWriter output)
    {
        yield return Create(services, output, RegistrationAction.Approve, "approve", "Let a dynamically registered platform launch the tool");
        yield return Create(services, output, RegistrationAction.Disable, "disable", "Refuse launches from a platform");
        yield return Create(services, output, RegistrationAction.Enable, "enable", "Accept launches from a platform again");
        yield return Change(services, output, approve: true, "approve-change", "Take the keys and endpoints a re-registration asked for (see platforms list)");
        yield return Change(services, output, approve: false, "reject-change", "Drop the change a re-registration asked for");
    }

    private static string Actor => PlatformRegistry.Actor(RegistrationSource.CommandLine);

    private static Command Create(IServiceProvider services, TextWriter output, RegistrationAction action, string name, string description)
    {
        var (issuer, clientId) = Options();
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

    private static Command Change(IServiceProvider services, TextWriter output, bool approve, string name, string description)
    {
        var (issuer, clientId) = Options();
        var command = new Command(name, description) { issuer, clientId };
        command.SetAction(async (parse, cancellationToken) =>
        {
            using var scope = services.CreateScope();
            var approvals = scope.ServiceProvider.GetRequiredService<RegistrationApprovals>();
            if (await approvals.FindChangeAsync(parse.GetValue(issuer)!, parse.GetValue(clientId)!, cancellationToken) is not { } change)
            {
                await output.WriteLineAsync("No change is waiting for a registration with that issuer and client id.");
                return 1;
            }

            await (approve ? approvals.ApproveChangeAsync(change, Actor, cancellationToken) : approvals.RejectChangeAsync(change, Actor, cancellationToken));
            await output.WriteLineAsync($"{change.Registration!.Issuer} ({change.Registration.ClientId}): the change is {(approve ? "applied" : "rejected")}.");
            return 0;
        });
        return command;
    }

    private static (Option<string> Issuer, Option<string> ClientId) Options() =>
        (new Option<string>("--issuer") { Description = "The platform's issuer (iss)", Required = true },
            new Option<string>("--client-id") { Description = "The client id of the registration", Required = true });
}
