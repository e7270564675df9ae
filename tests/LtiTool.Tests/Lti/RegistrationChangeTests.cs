using System.Net;
using LtiPathways.LtiTool.Lti.Platforms;
using LtiPathways.LtiTool.Sandbox;
using LtiPathways.LtiTool.Tests.Infrastructure;

namespace LtiPathways.LtiTool.Tests.Lti;

/// <summary>An administrator changes a registration while a login is in flight: the launch that follows is refused, not crashed.</summary>
public sealed class RegistrationChangeTests : ToolTest
{
    [Fact]
    public async Task A_launch_after_its_registration_was_disabled_is_forbidden()
    {
        var login = await Driver.LoginAsync();
        await WithAsync<PlatformRegistry, bool>(registry =>
            registry.SetEnabledAsync(SandboxPlatform.Issuer, SandboxPlatform.ClientId, enabled: false));

        using var response = await Driver.LaunchAsync(Driver.Sign(Driver.Claims(login)), login.State);

        await Refusal.AssertAsync(response, HttpStatusCode.Forbidden, "switched off for this LMS");
    }

    [Fact]
    public async Task A_launch_after_its_registration_was_removed_is_forbidden()
    {
        var login = await Driver.LoginAsync();
        Assert.Equal(RemoveResult.Removed, await WithAsync<PlatformRegistry, RemoveResult>(registry =>
            registry.RemoveAsync(SandboxPlatform.Issuer, SandboxPlatform.ClientId)));

        using var response = await Driver.LaunchAsync(Driver.Sign(Driver.Claims(login)), login.State);

        await Refusal.AssertAsync(response, HttpStatusCode.Forbidden, "switched off for this LMS");
    }
}
