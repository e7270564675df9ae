using System.CommandLine;
using System.Globalization;
using LtiPathways.PathwayGraphQL.ApiTokens;
using LtiPathways.PathwayGraphQL.Data.Api;

namespace LtiPathways.LtiTool.Cli;

/// <summary><c>api-tokens create|list|revoke</c>: district systems' keys to the GraphQL API.</summary>
public static class ApiTokenCommands
{
    public static Command Create(IServiceProvider services, TextWriter output)
    {
        var tokens = new Command("api-tokens", "Manage API tokens for the GraphQL API (one institution each, read or write)");
        tokens.Subcommands.Add(CreateToken(services, output));
        tokens.Subcommands.Add(List(services, output));
        tokens.Subcommands.Add(Revoke(services, output));
        return tokens;
    }

    private static Command CreateToken(IServiceProvider services, TextWriter output)
    {
        var institutionOptions = new InstitutionOptions();
        var name = new Option<string>("--name") { Description = "Which system uses the token", Required = true };
        var scope = new Option<ApiTokenScope>("--scope") { Description = "read or write", Required = true };
        var command = new Command("create", "Create a token; it is printed once, as the last line") { name, scope };
        institutionOptions.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            using var serviceScope = services.CreateScope();
            var store = serviceScope.ServiceProvider.GetRequiredService<ApiTokenStore>();
            if (await institutionOptions.FindAsync(parse, serviceScope.ServiceProvider, output, cancellationToken) is not { } institution)
            {
                return 2;
            }

            var issued = await store.CreateAsync(institution, parse.GetValue(name)!, parse.GetValue(scope), "command line", cancellationToken);
            if (!issued.Succeeded)
            {
                await output.WriteLineAsync(issued.Refusal.Sentence);
                return 2;
            }

            var token = issued.Value.Token;
            await output.WriteLineAsync(
                $"Created API token {token.Id} \"{token.Name}\" ({token.Scope.ToString().ToLowerInvariant()}) for {institutionOptions.Issuer(parse)}.");
            await output.WriteLineAsync("It is shown only now; keep it in the district system's secret store:");
            await output.WriteLineAsync(issued.Value.Secret);
            return 0;
        });
        return command;
    }

    private static Command List(IServiceProvider services, TextWriter output)
    {
        var command = new Command("list", "List API tokens (never their secrets)");
        command.SetAction(async (_, cancellationToken) =>
        {
            using var scope = services.CreateScope();
            var rows = await scope.ServiceProvider.GetRequiredService<ApiTokenStore>().ListAsync(null, cancellationToken);
            if (rows.Count == 0)
            {
                await output.WriteLineAsync("No API tokens.");
            }

            foreach (var row in rows)
            {
                var lastUsed = row.LastUsedAt?.ToString("u", CultureInfo.InvariantCulture) ?? "never";
                var revoked = row.RevokedAt?.ToString("u", CultureInfo.InvariantCulture) is { } at ? "  REVOKED " + at : "";
                await output.WriteLineAsync(FormattableString.Invariant(
                    $"{row.Id}  {row.Hint}  \"{row.Name}\"  {row.Scope.ToString().ToLowerInvariant()}  {row.Issuer} ({row.ClientId}) deployment={row.DeploymentId}  created {row.CreatedAt:u} by {row.CreatedBy}  last used {lastUsed}{revoked}"));
            }

            return 0;
        });
        return command;
    }

    private static Command Revoke(IServiceProvider services, TextWriter output)
    {
        var id = new Argument<Guid>("id") { Description = "The token's id, as api-tokens list shows it" };
        var command = new Command("revoke", "Revoke a token: it is refused from the next request on") { id };
        command.SetAction(async (parse, cancellationToken) =>
        {
            using var scope = services.CreateScope();
            var revoked = await scope.ServiceProvider.GetRequiredService<ApiTokenStore>().RevokeAsync(parse.GetValue(id), null, cancellationToken);
            await output.WriteLineAsync(revoked.Succeeded
                ? $"API token {revoked.Value.Id} \"{revoked.Value.Name}\" is revoked."
                : revoked.Refusal.Sentence);
            return revoked.Succeeded ? 0 : 2;
        });
        return command;
    }
}
