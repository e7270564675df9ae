using System.Net;
using LtiPathways.LtiTool.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LtiPathways.LtiTool.Tests.Browser;

/// <summary>The real tool on a loopback Kestrel port, so a real browser can reach both the sandbox and the tool.</summary>
public sealed class KestrelToolFactory : ToolFactory
{
    public KestrelToolFactory() => UseKestrel(options => options.Listen(IPAddress.Loopback, 0));

    /// <summary>The tool's last log lines, for the failure message of a browser test.</summary>
    public ToolLogTail LogTail { get; } = new();

    protected override bool AnswersPlatformCallsInProcess => false;

    /// <summary>Starts Kestrel and returns its port.</summary>
    public int Start()
    {
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        return new Uri(addresses.Single()).Port;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureLogging(logging => logging.AddProvider(LogTail));
        builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, CookieBlockingFilter>());
    }
}
