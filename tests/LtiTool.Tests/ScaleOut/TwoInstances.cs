using LtiPathways.LtiTool.Lti.Ags;
using LtiPathways.LtiTool.Sandbox;
using LtiPathways.LtiTool.Tests.Database;
using LtiPathways.LtiTool.Tests.Infrastructure;
using LtiPathways.PathwayGraphQL.Tests.Data;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LtiPathways.LtiTool.Tests.ScaleOut;

/// <summary>
/// Two tool instances as a load balancer sees them: one PostgreSQL database (which also keeps the Data Protection keys),
/// one blob folder, nothing else in common. The LMS is one: both instances talk to the same sandbox platform, gradebook
/// and service log. The first instance's score calls can be stalled, to stop it in the middle of a delivery.
/// </summary>
public sealed class TwoInstances : IDisposable
{
    private readonly string blobs = Path.Combine(ToolFactory.NewFolder(), "media");

    public TwoInstances(PostgreSqlServer server)
    {
        First = new PostgreSqlToolFactory(server);
        First.Settings["Storage:Root"] = blobs;
        First.ExtraServices = services => services.AddHttpClient(PlatformTokenClient.HttpClientName)
            .AddHttpMessageHandler(() => new StalledScores(Stall));
        Second = PostgreSqlToolFactory.OnDatabaseOf(First);
        Second.Settings["Storage:Root"] = blobs;
        Second.ExtraServices = services =>
        {
            // One wall clock for both, as two servers synchronised by NTP.
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(First.Clock);
            services.AddSingleton(First.Platform);
            services.AddSingleton(First.Services.GetRequiredService<SandboxGradebook>());
            services.AddSingleton(First.Services.GetRequiredService<SandboxServiceLog>());
            services.AddSingleton(First.Services.GetRequiredService<SandboxFaults>());
        };
    }

    public PostgreSqlToolFactory First { get; }
    public PostgreSqlToolFactory Second { get; }
    public ScoreStall Stall { get; } = new();

    public void Dispose()
    {
        Second.Dispose();
        First.Dispose();
        try
        {
            Directory.Delete(Path.GetDirectoryName(blobs)!, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
            // Nothing was stored.
        }
    }

    /// <summary>While on, score POSTs wait until their request is cancelled, as to a platform that stopped answering.</summary>
    public sealed class ScoreStall
    {
        public bool On { get; set; }
        public TaskCompletionSource Reached { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    private sealed class StalledScores(ScoreStall stall) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (stall.On && request.Method == HttpMethod.Post && request.RequestUri!.AbsolutePath.EndsWith("/scores", StringComparison.Ordinal))
            {
                stall.Reached.TrySetResult();
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }

            return await base.SendAsync(request, cancellationToken);
        }
    }
}
