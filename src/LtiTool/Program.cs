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
await app.Services.PrepareAsync();

if (ToolCommandLine.IsCommand(args))
{
    return await ToolCommandLine.RunAsync(app.Services, args, Console.Out);
}

await app.RunAsync();
return 0;

/// <summary>The entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
