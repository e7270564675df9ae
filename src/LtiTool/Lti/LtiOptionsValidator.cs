using LtiPathways.LtiTool.Lti.Platforms;
using Microsoft.Extensions.Options;

namespace LtiPathways.LtiTool.Lti;

/// <summary>Start-up checks that data annotations cannot express: absolute URLs, https unless loopback.</summary>
public class LtiOptionsValidator : IValidateOptions<LtiOptions>
{
    public ValidateOptionsResult Validate(string? name, LtiOptions options)
    {
        var failures = new List<string>();
        if (!string.IsNullOrEmpty(options.PublicBaseUrl) && !PlatformUrlRule.IsAllowed(options.PublicBaseUrl))
        {
            failures.Add($"Lti:PublicBaseUrl '{options.PublicBaseUrl}' must be an absolute https URL (http only on loopback).");
        }

        for (var i = 0; i < options.Platforms.Count; i++)
        {
            var platform = options.Platforms[i];
            if (string.IsNullOrWhiteSpace(platform.Issuer) || string.IsNullOrWhiteSpace(platform.ClientId))
            {
                failures.Add($"Lti:Platforms:{i} needs an Issuer and a ClientId.");
            }

            foreach (var (key, url) in new[]
                     {
                         ("AuthorizationEndpoint", platform.AuthorizationEndpoint),
                         ("TokenEndpoint", platform.TokenEndpoint),
                         ("JwksUri", platform.JwksUri),
                     })
            {
                if (!PlatformUrlRule.IsAllowed(url))
                {
                    failures.Add($"Lti:Platforms:{i}:{key} '{url}' must be an absolute https URL (http only on loopback).");
                }
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
