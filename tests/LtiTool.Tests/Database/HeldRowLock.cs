using Npgsql;

namespace LtiPathways.LtiTool.Tests.Database;

/// <summary>
/// Another session holding one row's lock in an open transaction, so that UPDATEs of that row queue up behind it and
/// start together once it lets go: two instances racing for the same work, every time rather than by luck.
/// </summary>
public sealed class HeldRowLock : IAsyncDisposable
{
    private readonly NpgsqlConnection connection;
    private readonly NpgsqlTransaction transaction;

    private HeldRowLock(NpgsqlConnection connection, NpgsqlTransaction transaction)
    {
        this.connection = connection;
        this.transaction = transaction;
    }

    public static async Task<HeldRowLock> TakeAsync(string connectionString, string table, Guid id)
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var transaction = await connection.BeginTransactionAsync();
        await using var command = new NpgsqlCommand($"SELECT 1 FROM \"{table}\" WHERE \"Id\" = @id FOR UPDATE", connection, transaction);
        command.Parameters.AddWithValue("id", id);
        if (await command.ExecuteScalarAsync() is null)
        {
            throw new InvalidOperationException($"No {table} row {id} to lock.");
        }

        return new HeldRowLock(connection, transaction);
    }

    /// <summary>Returns once <paramref name="count"/> other sessions of this database wait for a lock.</summary>
    public async Task WaitForWaitersAsync(int count)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));

        // A connection of its own: inside the holding transaction pg_stat_activity would keep showing its first snapshot.
        await using var observer = new NpgsqlConnection(connection.ConnectionString);
        await observer.OpenAsync(timeout.Token);
        await using var command = new NpgsqlCommand(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'", observer);
        while ((long)(await command.ExecuteScalarAsync(timeout.Token))! < count)
        {
            await Task.Delay(20, timeout.Token);
        }
    }

    public Task ReleaseAsync() => transaction.CommitAsync();

    public async ValueTask DisposeAsync()
    {
        await transaction.DisposeAsync();
        await connection.DisposeAsync();
    }
}
