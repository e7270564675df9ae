using LtiPathways.LtiTool.Cli;
using LtiPathways.LtiTool.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddLtiTool();
if (ToolCommandLine.IsCommand(args))
{
    // Commands print their answer on stdout (manifests are piped to files); logs go to stderr.
    builder.Logging.AddConsole(options => options.LogToStandardErrorThreshold = LogLevel.Trace);
}

var app = builder.Build();
app.MapLtiTool();

if (ToolCommandLine.IsCommand(args))
{
    if (ToolCommandLine.UsesData(app.Services, args))
    {
        await app.Services.PrepareAsync();
    }

    return await ToolCommandLine.RunAsync(app.Services, args, Console.Out);
}

await app.Services.PrepareAsync();
await app.RunAsync();
return 0;

/// <summary>The entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
