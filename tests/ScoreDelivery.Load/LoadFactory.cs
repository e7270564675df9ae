using LtiPathways.LtiTool.Lti.Ags;
using LtiPathways.LtiTool.Lti.Launch;
using LtiPathways.LtiTool.Sandbox;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LtiPathways.ScoreDelivery.Load;

/// <summary>The real tool with its sandbox platform in one process; platform calls go through the in-process server.</summary>
public sealed class LoadFactory(string folder) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("ConnectionStrings:Default", $"Data Source={Path.Combine(folder, "tool.db")}");
        builder.UseSetting("Storage:Root", Path.Combine(folder, "media"));
        builder.UseSetting("ScoreDelivery:Enabled", "false");
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        builder.ConfigureServices(services =>
        {
            foreach (var name in new[] { PlatformKeyCache.HttpClientName, PlatformTokenClient.HttpClientName, SandboxClientAssertion.JwksClientName })
            {
                services.AddHttpClient(name).ConfigurePrimaryHttpMessageHandler(() => Server.CreateHandler());
            }
        });
    }
}
