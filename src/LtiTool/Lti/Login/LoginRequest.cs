namespace LtiPathways.LtiTool.Lti.Login;

/// <summary>The parameters of a third-party initiated login (LTI Core 5.1.1, OIDC 4), from the query or the form.</summary>
public record LoginRequest(
    string? Issuer,
    string? LoginHint,
    string? TargetLinkUri,
    string? MessageHint,
    string? ClientId,
    string? DeploymentId,
    string? StorageTarget)
{
    public static async Task<LoginRequest> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var values = await RequestParameters.ReadAsync(request, cancellationToken);
        string? Get(string name) => values.TryGetValue(name, out var value) && value.Length > 0 ? value : null;
        return new LoginRequest(
            Get("iss"), Get("login_hint"), Get("target_link_uri"), Get("lti_message_hint"),
            Get("client_id"), Get("lti_deployment_id"), Get("lti_storage_target"));
    }

    /// <summary>The same login as query parameters, to start it again in a new window.</summary>
    public IEnumerable<KeyValuePair<string, string?>> ToQuery() =>
        new Dictionary<string, string?>
        {
            ["iss"] = Issuer,
            ["login_hint"] = LoginHint,
            ["target_link_uri"] = TargetLinkUri,
            ["lti_message_hint"] = MessageHint,
            ["client_id"] = ClientId,
            ["lti_deployment_id"] = DeploymentId,
        }.Where(p => p.Value is not null);
}
