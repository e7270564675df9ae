using Microsoft.Extensions.Logging.Console;

namespace LtiPathways.LtiTool.Hosting;

public static class ToolLogging
{
    /// <summary>ISO 8601 in UTC, to the millisecond: the form LMS logs use, so lines can be matched across the two.</summary>
    public const string TimestampFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";

    /// <summary>Console log lines carry a UTC timestamp unless configuration names another format (<c>Logging:Console:FormatterOptions</c>).</summary>
    public static ILoggingBuilder AddToolLogging(this ILoggingBuilder logging)
    {
        logging.Services.Configure<JsonConsoleFormatterOptions>(options =>
        {
            options.TimestampFormat ??= TimestampFormat;
            options.UseUtcTimestamp = true;
        });
        logging.Services.Configure<SimpleConsoleFormatterOptions>(options =>
        {
            options.TimestampFormat ??= TimestampFormat + " ";
            options.UseUtcTimestamp = true;
        });
        return logging;
    }
}
