using System.Diagnostics;
using System.Globalization;
using System.Net;
using LtiPathways.LtiTool.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;

namespace LtiPathways.LtiTool.Tests.Hosting;

/// <summary>Issue 11, finding 8: what an operator running the tool next to a real Moodle ran into.</summary>
public sealed class OperatorPapercutTests
{
    [Fact]
    public void Json_console_log_lines_carry_a_utc_timestamp()
    {
        using var factory = new ToolFactory { Environment = "Production" };

        var console = factory.Services.GetRequiredService<IOptionsMonitor<ConsoleLoggerOptions>>().CurrentValue;
        var json = factory.Services.GetRequiredService<IOptionsMonitor<JsonConsoleFormatterOptions>>().CurrentValue;

        Assert.Equal(ConsoleFormatterNames.Json, console.FormatterName);
        Assert.True(json.UseUtcTimestamp);
        Assert.NotNull(json.TimestampFormat);
        var moment = new DateTimeOffset(2026, 3, 1, 9, 5, 7, 250, TimeSpan.Zero);
        var written = moment.ToString(json.TimestampFormat, CultureInfo.InvariantCulture);
        Assert.Equal(moment, DateTimeOffset.Parse(written, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind));
        Assert.EndsWith("Z", written, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Moodles_get_of_the_launch_url_is_the_same_400_page_logged_at_information()
    {
        using var factory = new ToolFactory { ExtraServices = services => services.AddLogging(logging => logging.AddFakeLogging()) };
        using var client = factory.CreateClient();
        var logs = factory.Services.GetFakeLogCollector();
        logs.Clear();

        using var response = await client.GetAsync("/lti/launch");

        await Refusal.AssertAsync(response, HttpStatusCode.BadRequest, "it cannot be opened directly");
        var refusal = Assert.Single(logs.GetSnapshot(), r => r.Message.Contains("GET on the launch URL", StringComparison.Ordinal));
        Assert.Equal(LogLevel.Information, refusal.Level);
        Assert.DoesNotContain(logs.GetSnapshot(), r => r.Level >= LogLevel.Warning);
    }

    [Theory]
    [InlineData("manifests canvas --base-url https://pathways.school.example")]
    [InlineData("manifests moodle --base-url https://pathways.school.example")]
    [InlineData("--help")]
    [InlineData("manifests --help")]
    [InlineData("platforms --help")]
    [InlineData("keys rotate --help")]
    [InlineData("platforms nonsense")]
    public async Task Commands_that_only_print_create_no_database_or_media_folder(string command)
    {
        var (exit, output, folder) = await RunToolAsync(command);

        try
        {
            Assert.True(exit is 0 or 1, $"exit {exit}: {output}");
            Assert.NotEmpty(output.Trim());
            Assert.False(Directory.Exists(Path.Combine(folder, "data")), "The database folder was created.");
            Assert.False(Directory.Exists(Path.Combine(folder, "media")), "The media folder was created.");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task A_command_that_uses_the_data_still_prepares_the_database_and_media_folder()
    {
        var (exit, output, folder) = await RunToolAsync("keys list");

        try
        {
            Assert.True(exit == 0, output);
            Assert.True(File.Exists(Path.Combine(folder, "data", "tool.db")));
            Assert.True(Directory.Exists(Path.Combine(folder, "media")));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Runs the built tool as an operator would, in an empty working folder whose data and media paths it is given.</summary>
    private static async Task<(int Exit, string Output, string Folder)> RunToolAsync(string command)
    {
        var folder = ToolFactory.NewFolder();
        Directory.CreateDirectory(folder);
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "LtiTool.dll"));
        foreach (var argument in command.Split(' '))
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ConnectionStrings__Default"] = $"Data Source={Path.Combine(folder, "data", "tool.db")}";
        start.Environment["Storage__Root"] = Path.Combine(folder, "media");
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            return (-1, "still running after 60 s (it started the web server): " + await output, folder);
        }

        return (process.ExitCode, await output + await errors, folder);
    }
}
