using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LtiPathways.LtiTool.Tests.Browser;

/// <summary>A tool that sends queued scores by itself, on the real clock, as a deployed tool does.</summary>
public sealed class DeliveringBrowserFixture : BrowserFixture
{
    protected override void ConfigureTool(KestrelToolFactory factory)
    {
        factory.Settings["ScoreDelivery:Enabled"] = "true";
        factory.Settings["ScoreDelivery:PollInterval"] = "00:00:00.250";
        // The delivery loop ticks on the tool's TimeProvider; the frozen test clock would never let it tick a second time.
        factory.ExtraServices = services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton(TimeProvider.System);
        };
    }
}
