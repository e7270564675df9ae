using System.CommandLine;
using LtiPathways.LtiTool.Lti;
using LtiPathways.LtiTool.Lti.Platforms;
using LtiPathways.PathwayGraphQL.Data.Platforms;

namespace LtiPathways.LtiTool.Cli;

public static class PlatformCommands
{
    public static Command Create(IServiceProvider services, TextWriter output)
    {
        var platforms = new Command("platforms", "Manage the LMS platforms allowed to launch the tool");
        platforms.Subcommands.Add(Add(services, output));
        platforms.Subcommands.Add(List(services, output));
        platforms.Subcommands.Add(Remove(services, output));
        platforms.Subcommands.Add(RemoveDeployment(services, output));
        foreach (var command in RegistrationApprovalCommands.Create(services, output))
        {
            platforms.Subcommands.Add(command);
        }

        return platforms;
    }

    private static Command Add(IServiceProvider services, TextWriter output)
    {
        var issuer = Required("--issuer", "The platform's issuer (iss)");
        var clientId = Required("--client-id", "The client id the platform gave the tool");
        var authorization = Required("--authorization-endpoint", "The platform's OIDC authorization endpoint");
        var token = Required("--token-endpoint", "The platform's OAuth 2 token endpoint");
        var jwks = Required("--jwks-uri", "The platform's JWKS URL");
        var name = new Option<string>("--name") { Description = "A name for people" };
        var deployments = new Option<string[]>("--deployment-id")
        {
            Description = "A deployment id (repeatable)",
            AllowMultipleArgumentsPerToken = true,
        };
        var autoRegister = new Option<bool>("--auto-register-deployments") { Description = "Accept deployments not yet listed" };
        var command = new Command("add", "Add or update a platform registration; listed deployments are added, none removed")
        {
            issuer, clientId, authorization, token, jwks, name, deployments, autoRegister,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var platform = new PlatformOptions
            {
                Issuer = parse.GetValue(issuer)!,
                ClientId = parse.GetValue(clientId)!,
                AuthorizationEndpoint = parse.GetValue(authorization)!,
                TokenEndpoint = parse.GetValue(token)!,
                JwksUri = parse.GetValue(jwks)!,
                Name = parse.GetValue(name),
                DeploymentIds = [.. parse.GetValue(deployments) ?? []],
                AutoRegisterDeployments = parse.GetValue(autoRegister),
            };
            var invalid = new[] { platform.AuthorizationEndpoint, platform.TokenEndpoint, platform.JwksUri }
                .FirstOrDefault(url => !PlatformUrlRule.IsAllowed(url));
            if (invalid is not null)
            {
                await output.WriteLineAsync($"'{invalid}' is not an absolute https URL (http is accepted only on loopback).");
                return 2;
            }

            using var scope = services.CreateScope();
            var registration = await scope.ServiceProvider.GetRequiredService<PlatformRegistry>()
                .UpsertAsync(platform, RegistrationSource.CommandLine, cancellationToken);
            await output.WriteLineAsync($"Registered {registration.Issuer} ({registration.ClientId}) with {registration.Deployments.Count(d => d.IsActive)} deployment(s).");
            return 0;
        });
        return command;
    }

    private static Command List(IServiceProvider services, TextWriter output)
    {
        var command = new Command("list", "List platform registrations");
        command.SetAction(async (_, cancellationToken) =>
        {
            using var scope = services.CreateScope();
            var registrations = await scope.ServiceProvider.GetRequiredService<PlatformRegistry>().ListAsync(cancellationToken);
            if (registrations.Count == 0)
            {
                await output.WriteLineAsync("No platforms are registered.");
            }

            foreach (var r in registrations)
            {
                await output.WriteLineAsync(
                    $"{r.Issuer}  client_id={r.ClientId}  {(r.PendingApproval ? "pending approval" : r.Enabled ? "enabled" : "disabled")}  source={r.Source}  "
                    + $"deployments=[{string.Join(", ", r.Deployments.Where(d => d.IsActive).Select(d => d.DeploymentId))}]");
                await output.WriteLineAsync($"    authorize={r.AuthorizationEndpoint}  token={r.TokenEndpoint}  jwks={r.JwksUri}");
                if (r.Deployments.Any(d => !d.IsActive))
                {
                    await output.WriteLineAsync(
                        $"    removed, kept for their courses: [{string.Join(", ", r.Deployments.Where(d => !d.IsActive).Select(d => d.DeploymentId))}]");
                }

                if (r.PendingChange is { } change)
                {
                    await output.WriteLineAsync(
                        $"    change waiting for approval (from {change.ConfigurationUrl}, {change.ReceivedAt:yyyy-MM-dd HH:mm} UTC): authorize={change.AuthorizationEndpoint}  "
                        + $"token={change.TokenEndpoint}  jwks={change.JwksUri}  deployment={change.DeploymentId ?? "-"}  (platforms approve-change or reject-change)");
                }
            }

            return 0;
        });
        return command;
    }

    private static Command Remove(IServiceProvider services, TextWriter output)
    {
        var issuer = Required("--issuer", "The platform's issuer (iss)");
        var clientId = Required("--client-id", "The client id of the registration");
        var command = new Command("remove", "Remove a platform registration that no course or person uses yet") { issuer, clientId };
        command.SetAction(async (parse, cancellationToken) =>
        {
            using var scope = services.CreateScope();
            var result = await scope.ServiceProvider.GetRequiredService<PlatformRegistry>()
                .RemoveAsync(parse.GetValue(issuer)!, parse.GetValue(clientId)!, cancellationToken);
            await output.WriteLineAsync(result switch
            {
                RemoveResult.Removed => "Removed.",
                RemoveResult.NotFound => "No registration has that issuer and client id.",
                _ => "People and courses already use this registration, so it was kept; their work stays with it.",
            });
            return result == RemoveResult.Removed ? 0 : 1;
        });
        return command;
    }

    private static Command RemoveDeployment(IServiceProvider services, TextWriter output)
    {
        var issuer = Required("--issuer", "The platform's issuer (iss)");
        var clientId = Required("--client-id", "The client id of the registration");
        var deployment = Required("--deployment-id", "The deployment id to remove");
        var command = new Command("remove-deployment", "Stop accepting launches from one deployment; courses already in it keep their work")
        {
            issuer, clientId, deployment,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var deploymentId = parse.GetValue(deployment)!;
            using var scope = services.CreateScope();
            var removal = await scope.ServiceProvider.GetRequiredService<PlatformRegistry>().RemoveDeploymentAsync(
                parse.GetValue(issuer)!, parse.GetValue(clientId)!, deploymentId, PlatformRegistry.Actor(RegistrationSource.CommandLine), cancellationToken);
            await output.WriteLineAsync(removal switch
            {
                DeploymentRemoval.Deleted => $"Deployment {deploymentId} removed.",
                DeploymentRemoval.Retired => $"Deployment {deploymentId} removed: it launches no more, and the courses in it keep their work.",
                DeploymentRemoval.NoRegistration => "No registration has that issuer and client id.",
                _ => $"That registration has no deployment {deploymentId}.",
            });
            return removal is DeploymentRemoval.Deleted or DeploymentRemoval.Retired ? 0 : 1;
        });
        return command;
    }

    private static Option<string> Required(string name, string description) =>
        new(name) { Description = description, Required = true };
}
