using LtiPathways.LtiTool.Lti.Ags;
using LtiPathways.LtiTool.Lti.Launch;
using LtiPathways.LtiTool.Lti.Services;
using LtiPathways.LtiTool.Sandbox;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace LtiPathways.LtiTool.Tests.Infrastructure;

/// <summary>
/// Boots the real tool (Development, so the sandbox platform exists) on its own SQLite file and media folder.
/// The tool's calls to platform URLs are answered by the same in-process server, where the sandbox platform lives.
/// </summary>
public class ToolFactory : WebApplicationFactory<Program>
{
    private readonly string folder;
    private readonly bool ownsFolder;

    public ToolFactory()
        : this(null)
    {
    }

    // xunit class fixtures allow one public constructor, so reusing a folder goes through OnFolder.
    private ToolFactory(string? folder)
    {
        ownsFolder = folder is null;
        this.folder = folder ?? NewFolder();

        // Tests drive score delivery themselves through ScoreDeliveryWorker.DeliverDueAsync unless they turn the loop on.
        Settings["ScoreDelivery:Enabled"] = "false";

        // Likewise media jobs: tests run them through MediaWorker.ProcessDueAsync.
        Settings["Media:Enabled"] = "false";

        // And the plan summaries' refresh pass: the dashboards refresh stale summaries as they read.
        Settings["Dashboards:RefreshEnabled"] = "false";

        // And the sandbox's demo plans: tests that want them place them or turn them on.
        Settings["Sandbox:DemoPlans"] = "false";
    }

    /// <summary>A tool on an existing test folder (a restart); the caller then deletes the folder.</summary>
    public static ToolFactory OnFolder(string folder) => new(folder);

    public static string NewFolder() => Path.Combine(Path.GetTempPath(), "ltipathways-tests", Guid.NewGuid().ToString("N"));

    public string Folder => folder;

    /// <summary>Registrations applied after the app's own, e.g. to keep the sandbox gradebook across a tool restart.</summary>
    public Action<IServiceCollection>? ExtraServices { get; set; }

    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    public Dictionary<string, string?> Settings { get; } = [];

    /// <summary>
    /// Answer the tool's platform calls (JWKS) in process. Off for a Kestrel-hosted tool, which has no TestServer
    /// and must fetch the sandbox's keys over loopback HTTP as it would in development.
    /// </summary>
    protected virtual bool AnswersPlatformCallsInProcess => true;

    /// <summary>
    /// Dynamic registration (and every later call to a platform registered that way) opens real connections, through
    /// the tool's address rule, instead of being answered in process: for registrations with a platform of the test's own.
    /// </summary>
    public bool RealRegistrationClient { get; init; }

    /// <summary>Development by default, so the sandbox platform exists; set before the server starts.</summary>
    public string Environment { get; init; } = "Development";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(folder);
        builder.UseEnvironment(Environment);
        builder.UseSetting("ConnectionStrings:Default", $"Data Source={Path.Combine(folder, "tool.db")}");
        builder.UseSetting("Storage:Root", Path.Combine(folder, "media"));
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
            if (AnswersPlatformCallsInProcess)
            {
                foreach (var name in new[]
                         {
                             PlatformKeyCache.HttpClientName, SandboxDeepLinkValidator.HttpClientName, PlatformTokenClient.HttpClientName,
                             SandboxClientAssertion.JwksClientName, PlatformHttpClients.PublicOnly,
                         }.Where(name => !RealRegistrationClient || name != PlatformHttpClients.PublicOnly))
                {
                    services.AddHttpClient(name).ConfigurePrimaryHttpMessageHandler(() => Server.CreateHandler());
                }
            }

            ExtraServices?.Invoke(services);
        });
    }

    public SandboxPlatform Platform => Services.GetRequiredService<SandboxPlatform>();

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && ownsFolder)
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // SQLite may still hold the file on a slow machine; the temp folder is cleaned by the OS.
            }
        }
    }
}
