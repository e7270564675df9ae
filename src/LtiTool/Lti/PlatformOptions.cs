using System.ComponentModel.DataAnnotations;

namespace LtiPathways.LtiTool.Lti;

/// <summary>One entry of <c>Lti:Platforms</c>.</summary>
public class PlatformOptions
{
    [Required] public string Issuer { get; set; } = "";
    [Required] public string ClientId { get; set; } = "";
    public string? Name { get; set; }
    [Required] public string AuthorizationEndpoint { get; set; } = "";
    [Required] public string TokenEndpoint { get; set; } = "";
    [Required] public string JwksUri { get; set; } = "";
    public List<string> DeploymentIds { get; set; } = [];
    public bool AutoRegisterDeployments { get; set; }
}
