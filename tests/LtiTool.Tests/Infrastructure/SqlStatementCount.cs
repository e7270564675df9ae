using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace LtiPathways.LtiTool.Tests.Infrastructure;

/// <summary>
/// Counts the SQL statements EF Core sends to one tool's database (its SQLite file, by folder), through EF's diagnostic
/// events, so tests running beside it with databases of their own do not add to the count.
/// </summary>
public sealed class SqlStatementCount : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private readonly string databaseFolder;
    private readonly IDisposable allListeners;
    private readonly List<IDisposable> subscriptions = [];
    private int count;

    public SqlStatementCount(string databaseFolder)
    {
        this.databaseFolder = databaseFolder;
        allListeners = DiagnosticListener.AllListeners.Subscribe(this);
    }

    public int Value => Volatile.Read(ref count);

    public void Reset() => Interlocked.Exchange(ref count, 0);

    public void OnNext(DiagnosticListener value)
    {
        if (value.Name == DbLoggerCategory.Name)
        {
            lock (subscriptions)
            {
                subscriptions.Add(value.Subscribe(this));
            }
        }
    }

    public void OnNext(KeyValuePair<string, object?> value)
    {
        if (value.Key == RelationalEventId.CommandExecuting.Name && value.Value is CommandEventData data
            && (data.Command.Connection?.ConnectionString ?? "").Contains(databaseFolder, StringComparison.Ordinal))
        {
            Interlocked.Increment(ref count);
        }
    }

    public void OnCompleted()
    {
    }

    public void OnError(Exception error)
    {
    }

    public void Dispose()
    {
        allListeners.Dispose();
        lock (subscriptions)
        {
            subscriptions.ForEach(s => s.Dispose());
        }
    }
}
