using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace LtiPathways.LtiTool.Tests.Browser;

/// <summary>The tool's last log lines, kept in memory so a failed browser test can show what the server was doing.</summary>
public sealed class ToolLogTail : ILoggerProvider
{
    private const int Kept = 40;
    private readonly ConcurrentQueue<string> lines = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    /// <summary>The kept lines, oldest first.</summary>
    public string Text() => string.Join(Environment.NewLine, lines);

    public void Dispose()
    {
    }

    private void Add(string line)
    {
        lines.Enqueue(line);
        while (lines.Count > Kept && lines.TryDequeue(out _))
        {
        }
    }

    private sealed class Logger(ToolLogTail tail, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel))
            {
                return;
            }

            var line = $"{DateTime.UtcNow:HH:mm:ss.fff} {logLevel} {category}: {formatter(state, exception)}";
            tail.Add(exception is null ? line : $"{line} ({exception.GetType().Name}: {exception.Message})");
        }
    }
}
