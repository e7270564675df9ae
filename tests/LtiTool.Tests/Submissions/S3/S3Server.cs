using System.Diagnostics;
using System.Text.RegularExpressions;
using LtiPathways.LtiTool.Tests.Infrastructure;
using Minio;
using Minio.DataModel.Args;

namespace LtiPathways.LtiTool.Tests.Submissions.S3;

/// <summary>
/// A real S3-compatible server for one test class: the npm package s3rver (tests/s3-server, installed by
/// scripts/test.sh) on 127.0.0.1 on a free port, over a fresh folder, with the bucket made through the S3 API. It checks
/// request signatures as S3 does. It stops when its standard input closes, so it ends with the test process even after a crash.
/// </summary>
public sealed partial class S3Server : IAsyncLifetime
{
    // s3rver's fixed credentials.
    public const string AccessKey = "S3RVER";
    public const string SecretKey = "S3RVER";
    public const string Bucket = "evidence";

    private static readonly string ServerFolder = Repository.File("tests/s3-server");
    private readonly string folder = Path.Combine(Path.GetTempPath(), "ltipathways-s3", Guid.NewGuid().ToString("N"));
    private Process? node;

    public string Endpoint { get; private set; } = "";

    /// <summary>A client of the server's own, to see what the tool stored without going through the tool.</summary>
    public IMinioClient Client { get; private set; } = default!;

    /// <summary>The settings that put a tool's blobs in this server's bucket.</summary>
    public void Configure(ToolFactory factory)
    {
        factory.Settings["Storage:Provider"] = "S3";
        factory.Settings["Storage:S3:Endpoint"] = Endpoint;
        factory.Settings["Storage:S3:Bucket"] = Bucket;
        factory.Settings["Storage:S3:AccessKey"] = AccessKey;
        factory.Settings["Storage:S3:SecretKey"] = SecretKey;
        factory.Settings["Storage:S3:UseSsl"] = "false";
    }

    public async Task InitializeAsync()
    {
        Assert.True(Directory.Exists(Path.Combine(ServerFolder, "node_modules", "s3rver")),
            "s3rver is not installed: run scripts/test.sh, or npm ci --prefix tests/s3-server (needs Node.js 20 or later).");
        Directory.CreateDirectory(folder);
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = ServerFolder, RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true,
        };
        start.ArgumentList.Add("serve.mjs");
        start.ArgumentList.Add(folder);
        node = Process.Start(start) ?? throw new InvalidOperationException("node could not be started.");
        var errors = node.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var line = await node.StandardOutput.ReadLineAsync(deadline.Token);
        if (line is null || Listening().Match(line) is not { Success: true } listening)
        {
            await DisposeAsync();
            throw new InvalidOperationException($"s3rver did not start: {line}\n{await errors}");
        }

        Endpoint = $"127.0.0.1:{listening.Groups[1].Value}";
        Client = new MinioClient().WithEndpoint(Endpoint).WithCredentials(AccessKey, SecretKey).WithSSL(false).Build();
        await Client.MakeBucketAsync(new MakeBucketArgs().WithBucket(Bucket));
    }

    public async Task<bool> HoldsAsync(string key)
    {
        try
        {
            await Client.StatObjectAsync(new StatObjectArgs().WithBucket(Bucket).WithObject(key));
            return true;
        }
        catch (Minio.Exceptions.ObjectNotFoundException)
        {
            return false;
        }
    }

    public async Task DisposeAsync()
    {
        Client?.Dispose();
        if (node is not null)
        {
            node.StandardInput.Close();
            using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            try
            {
                await node.WaitForExitAsync(grace.Token);
            }
            catch (OperationCanceledException)
            {
                node.Kill(entireProcessTree: true);
            }

            node.Dispose();
        }

        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [GeneratedRegex(@"^listening on (\d+)$")]
    private static partial Regex Listening();
}
