using LtiPathways.LtiTool.Telemetry;

namespace LtiPathways.LtiTool.Tests.Telemetry;

/// <summary>A refusal's log text may quote what the request carried; its metric label is always one fixed name.</summary>
public sealed class LaunchRefusalRulesTests
{
    [Theory]
    [InlineData("state replayed", "state_replayed")]
    [InlineData("nonce replayed", "nonce_replayed")]
    [InlineData("alg 'HS256' refused", "alg_refused")]
    [InlineData("iss 'https://attacker.example/jordan.lee@example.org' is not the issuer of the login's registration", "issuer_mismatch")]
    [InlineData("deployment_id missing or differs from login", "deployment_id_missing")]
    [InlineData("deployment 'secret-deployment' unknown for registration 3f2a", "deployment_unknown")]
    [InlineData("message_type missing", "message_type_missing")]
    [InlineData("message_type 'LtiMadeUpRequest' unsupported", "message_type_unsupported")]
    [InlineData("registration 3f2a disabled or removed since the login", "registration_disabled")]
    [InlineData("platform returned error 'access_denied'", "platform_error")]
    [InlineData("a rule added later", LaunchRefusalRules.Other)]
    public void Each_rule_becomes_its_fixed_name_and_nothing_it_quoted(string rule, string name)
    {
        Assert.Equal(name, LaunchRefusalRules.NameOf(rule));
        Assert.Contains(name, LaunchRefusalRules.Names);
    }
}
