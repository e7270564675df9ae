using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace LtiPathways.PathwayGraphQL.Tests.Data;

/// <summary>
/// A throwaway PostgreSQL cluster for one test collection: initdb into a fresh folder, listening only on 127.0.0.1 on a
/// free port with trust authentication, stopped and removed at the end. Each test asks for a database of its own.
/// </summary>
public sealed class PostgreSqlServer : IAsyncLifetime
{
    private const string SystemUser = "postgres";
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromMinutes(2);

    // initdb refuses to run as root; the postgres user of the server package runs the cluster instead.
    private readonly bool asSystemUser = Environment.IsPrivilegedProcess;
    private string binaries = "";
    private string folder = "";

    public int Port { get; private set; }

    private string DataFolder => Path.Combine(folder, "data");

    /// <summary>A connection string to a database that does not exist yet; migrating creates it, as on the tool's first start.</summary>
    public string NewDatabase() => ConnectionString("test_" + Guid.NewGuid().ToString("N"));

    public string ConnectionString(string database) =>
        $"Host=127.0.0.1;Port={Port};Username={SystemUser};Database={database}";

    public async Task InitializeAsync()
    {
        binaries = FindBinaries();

        // As root: under /tmp, because a TMPDIR only root can enter would keep the postgres user out.
        var parent = asSystemUser ? "/tmp" : Path.GetTempPath();
        folder = Directory.CreateDirectory(Path.Combine(parent, "ltipathways-pg-" + Guid.NewGuid().ToString("N")[..12])).FullName;
        if (asSystemUser)
        {
            await RunAsync("chown", [$"{SystemUser}:{SystemUser}", folder]);
        }

        Port = FreePort();
        await RunServerToolAsync("initdb", "-D", DataFolder, "-U", SystemUser, "--auth=trust", "--encoding=UTF8", "--no-locale", "--no-sync");

        // Durability is pointless for a cluster deleted after the run; without it the tests spend no time on fsync.
        var settings = $"-c listen_addresses=127.0.0.1 -p {Port} -k {folder} -c fsync=off -c synchronous_commit=off -c full_page_writes=off";
        var log = Path.Combine(folder, "server.log");
        try
        {
            await RunServerToolAsync("pg_ctl", "start", "-D", DataFolder, "-l", log, "-w", "-t", "60", "-o", settings);
        }
        catch (InvalidOperationException e)
        {
            throw new InvalidOperationException($"{e.Message}\nServer log:\n{(File.Exists(log) ? await File.ReadAllTextAsync(log) : "(none)")}", e);
        }
    }

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        try
        {
            if (Directory.Exists(DataFolder) && File.Exists(Path.Combine(DataFolder, "postmaster.pid")))
            {
                await RunServerToolAsync("pg_ctl", "stop", "-D", DataFolder, "-m", "immediate", "-w");
            }
        }
        finally
        {
            if (folder.Length > 0 && Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    /// <summary>POSTGRES_BIN, else the newest /usr/lib/postgresql/*/bin (Debian's layout), else initdb on PATH.</summary>
    private static string FindBinaries()
    {
        var candidates = new List<string>();
        if (Environment.GetEnvironmentVariable("POSTGRES_BIN") is { Length: > 0 } configured)
        {
            candidates.Add(configured);
        }

        if (Directory.Exists("/usr/lib/postgresql"))
        {
            candidates.AddRange(Directory.GetDirectories("/usr/lib/postgresql")
                .OrderByDescending(version => int.TryParse(Path.GetFileName(version), out var number) ? number : 0)
                .Select(version => Path.Combine(version, "bin")));
        }

        candidates.AddRange((Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries));
        return candidates.FirstOrDefault(bin => File.Exists(Path.Combine(bin, "initdb")) && File.Exists(Path.Combine(bin, "pg_ctl")))
            ?? throw new InvalidOperationException(
                "The PostgreSQL tests need the PostgreSQL server programs (initdb, pg_ctl), and none were found in POSTGRES_BIN, "
                + "/usr/lib/postgresql/*/bin or on PATH. Install them with `apt-get install postgresql` (scripts/test.sh does this), "
                + "or set POSTGRES_BIN to the folder that holds initdb.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private Task RunServerToolAsync(string tool, params string[] arguments)
    {
        var program = Path.Combine(binaries, tool);
        return asSystemUser ? RunAsync("runuser", ["-u", SystemUser, "--", program, .. arguments]) : RunAsync(program, arguments);
    }

    private async Task RunAsync(string program, IReadOnlyList<string> arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = folder };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} could not be started.");
        using var timeout = new CancellationTokenSource(CommandTimeout);
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var errors = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"`{program} {string.Join(' ', arguments)}` exited with {process.ExitCode}:\n{await output}{await errors}");
        }
    }
}
