using System.CommandLine;
using LtiPathways.PathwayGraphQL.Access;
using LtiPathways.PathwayGraphQL.ApiTokens;

namespace LtiPathways.LtiTool.Cli;

/// <summary>
/// The options that name one institution (a registration's deployment), the same on every command that acts on one:
/// <c>--issuer</c>, and <c>--client-id</c> or <c>--deployment-id</c> when the issuer has several.
/// </summary>
public sealed class InstitutionOptions
{
    private readonly Option<string> issuer = new("--issuer") { Description = "The LMS's issuer (iss)", Required = true };
    private readonly Option<string> clientId = new("--client-id") { Description = "The registration's client id, when the issuer has several" };
    private readonly Option<string> deploymentId = new("--deployment-id") { Description = "The deployment, when the registration has several" };

    public string Issuer(ParseResult parse) => parse.GetValue(issuer)!;

    public void AddTo(Command command)
    {
        command.Options.Add(issuer);
        command.Options.Add(clientId);
        command.Options.Add(deploymentId);
    }

    /// <summary>The institution the options name, or null after writing why there is none.</summary>
    public async Task<Institution?> FindAsync(ParseResult parse, IServiceProvider services, TextWriter output, CancellationToken cancellationToken)
    {
        var found = await services.GetRequiredService<ApiTokenStore>()
            .FindInstitutionAsync(parse.GetValue(issuer)!, parse.GetValue(clientId), parse.GetValue(deploymentId), cancellationToken);
        if (found.Succeeded)
        {
            return found.Value;
        }

        await output.WriteLineAsync(found.Refusal.Sentence);
        return null;
    }
}
