using LtiPathways.LtiTool.Lti.Registration;

namespace LtiPathways.LtiTool.Tests.Registration;

/// <summary>Issue 11, finding 1: DR 1.0 section 3.5.1, the configuration must be the issuer's own: same scheme, host and port, at or under its path.</summary>
public class IssuerRuleTests
{
    [Theory]
    [InlineData("https://moodle.school.org", "https://moodle.school.org/mod/lti/openid-configuration.php")]
    [InlineData("https://moodle.school.org/", "https://moodle.school.org/mod/lti/openid-configuration.php")]
    [InlineData("https://school.org/moodle", "https://school.org/moodle/mod/lti/openid-configuration.php")]
    [InlineData("https://school.org/moodle", "https://school.org/moodle")]
    [InlineData("https://MOODLE.school.org", "https://moodle.school.org/.well-known/openid-configuration?registration_token=x")]
    [InlineData("https://moodle.school.org:443", "https://moodle.school.org/.well-known/openid-configuration")]
    public void Registration_takeover_a_configuration_of_the_issuers_own_is_accepted(string issuer, string configuration) =>
        Assert.True(IssuerRule.ConfigurationBelongsTo(issuer, new Uri(configuration)));

    [Theory]
    [InlineData("https://moodle.school.org", "https://moodle.school.org:8443/.well-known/openid-configuration")]
    [InlineData("http://127.0.0.1:5000/lms", "http://127.0.0.1:5001/lms/.well-known/openid-configuration")]
    [InlineData("https://moodle.school.org", "http://moodle.school.org/.well-known/openid-configuration")]
    [InlineData("https://moodle.school.org", "https://evil.school.org/.well-known/openid-configuration")]
    [InlineData("https://school.org/moodle", "https://school.org/uploads/openid-configuration.json")]
    [InlineData("https://school.org/moodle", "https://school.org/moodle2/openid-configuration")]
    [InlineData("https://school.org/moodle", "https://school.org/moodle/%2e%2e/uploads/openid-configuration")]
    [InlineData("https://school.org/moodle", "https://school.org/moodle/..%2Fuploads/openid-configuration")]
    [InlineData("https://school.org/moodle?x=1", "https://school.org/moodle/openid-configuration")]
    [InlineData("not a url", "https://school.org/openid-configuration")]
    public void Registration_takeover_a_configuration_from_another_origin_or_path_is_refused(string issuer, string configuration) =>
        Assert.False(IssuerRule.ConfigurationBelongsTo(issuer, new Uri(configuration)));

    [Theory]
    [InlineData("https://lms.example.org/config", false, true)]
    [InlineData("http://lms.example.org/config", true, false)]
    [InlineData("http://127.0.0.1:8080/config", true, true)]
    [InlineData("http://127.0.0.1:8080/config", false, false)]
    [InlineData("https://localhost/config", false, false)]
    [InlineData("https://user:secret@lms.example.org/config", false, false)]
    [InlineData("ftp://lms.example.org/config", true, false)]
    [InlineData("/config", true, false)]
    public void Unauthenticated_fetcher_accepts_https_and_loopback_only_where_allowed(string url, bool allowLoopback, bool allowed) =>
        Assert.Equal(allowed, IssuerRule.IsAllowedUrl(url, allowLoopback));

    [Fact]
    public void Unauthenticated_fetcher_logs_an_address_without_its_query_or_user_name() =>
        Assert.Equal("https://lms.example.org:8443/config", IssuerRule.ForLog(new Uri("https://me:pw@lms.example.org:8443/config?registration_token=abc")));
}
