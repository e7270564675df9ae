namespace LtiPathways.LtiTool.Telemetry;

/// <summary>
/// The launch validator's refusal rules as metric labels. A rule's log text may quote what the request carried (an
/// algorithm, an issuer, a deployment id), so only a fixed name ever becomes a label; a rule not listed is "other".
/// </summary>
public static class LaunchRefusalRules
{
    public const string Other = "other";

    // Log text prefix → label, in the validator's order (LaunchValidator, BrowserBindingCheck, LaunchEndpoint).
    private static readonly (string Prefix, string Name)[] Rules =
    [
        ("GET on the launch URL", "get_request"),
        ("platform returned error", "platform_error"),
        ("state missing", "state_missing"),
        ("state unknown", "state_unknown"),
        ("state replayed", "state_replayed"),
        ("state expired", "state_expired"),
        ("registration ", "registration_disabled"),
        ("browser binding missing", "browser_binding_missing"),
        ("id_token missing", "id_token_missing"),
        ("id_token not parseable", "id_token_unreadable"),
        ("alg ", "alg_refused"),
        ("iss ", "issuer_mismatch"),
        ("aud does not contain", "audience_mismatch"),
        ("azp is not", "azp_mismatch"),
        ("signature invalid", "signature_invalid"),
        ("exp missing or past", "expired"),
        ("iat missing or in the future", "issued_in_future"),
        ("iat too old", "too_old"),
        ("nonce mismatch", "nonce_mismatch"),
        ("nonce replayed", "nonce_replayed"),
        ("version ", "version_unsupported"),
        ("deployment_id missing", "deployment_id_missing"),
        ("deployment ", "deployment_unknown"),
        ("message_type missing", "message_type_missing"),
        ("message_type ", "message_type_unsupported"),
        ("target_link_uri", "target_link_uri_mismatch"),
        ("sub missing", "sub_missing"),
        ("roles claim missing", "roles_missing"),
        ("resource_link.id missing", "resource_link_id_missing"),
        ("deep_link_return_url missing", "deep_link_return_url_missing"),
        ("for_user.user_id missing", "for_user_missing"),
    ];

    public static IEnumerable<string> Names => Rules.Select(rule => rule.Name).Append(Other);

    public static string NameOf(string rule)
    {
        foreach (var (prefix, name) in Rules)
        {
            if (rule.StartsWith(prefix, StringComparison.Ordinal))
            {
                return name;
            }
        }

        return Other;
    }
}
