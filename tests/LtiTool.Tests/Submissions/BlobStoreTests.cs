using System.Security.Cryptography;
using LtiPathways.LtiTool.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace LtiPathways.LtiTool.Tests.Submissions;

public sealed class BlobStoreTests : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "ltipathways-blobs", Guid.NewGuid().ToString("N"));

    public BlobStoreTests() => Directory.CreateDirectory(root);

    public void Dispose() => Directory.Delete(root, recursive: true);

    private LocalBlobStore Local() => new(Options.Create(new StorageOptions { Root = root }));

    [Fact]
    public async Task A_blob_is_stored_under_its_sha256_and_equal_content_is_stored_once()
    {
        var store = Local();
        var bytes = RandomNumberGenerator.GetBytes(300_000);
        var expected = Convert.ToHexStringLower(SHA256.HashData(bytes));

        var first = await store.PutAsync(new MemoryStream(bytes), CancellationToken.None);
        var second = await store.PutAsync(new MemoryStream(bytes), CancellationToken.None);

        Assert.Equal(expected, first.Sha256);
        Assert.Equal($"sha256/{expected[..2]}/{expected[2..4]}/{expected}", first.Key);
        Assert.Equal(first, second);
        Assert.Equal(bytes.Length, first.Size);
        await using var read = await store.OpenReadAsync(first.Key, CancellationToken.None);
        Assert.Equal(expected, Convert.ToHexStringLower(await SHA256.HashDataAsync(read)));
        Assert.Empty(Directory.GetFiles(store.TempFolder));
    }

    [Fact]
    public async Task A_key_that_is_not_a_content_address_is_refused()
    {
        var store = Local();

        Assert.False(await store.ExistsAsync("../../etc/passwd", CancellationToken.None));
        await Assert.ThrowsAsync<ArgumentException>(() => store.OpenReadAsync("sha256/../../x", CancellationToken.None));
    }

    [Fact]
    public void S3_is_chosen_by_configuration_and_needs_endpoint_bucket_and_keys()
    {
        var complete = Provider(new()
        {
            ["Storage:Provider"] = "S3", ["Storage:S3:Endpoint"] = "127.0.0.1:9000", ["Storage:S3:Bucket"] = "evidence",
            ["Storage:S3:AccessKey"] = "key", ["Storage:S3:SecretKey"] = "secret", ["Storage:S3:UseSsl"] = "false",
        });
        Assert.IsType<S3BlobStore>(complete.GetRequiredService<IBlobStore>());
        Assert.IsType<LocalBlobStore>(Provider([]).GetRequiredService<IBlobStore>());

        var missing = Provider(new() { ["Storage:Provider"] = "S3", ["Storage:S3:Endpoint"] = "127.0.0.1:9000" });
        var error = Assert.Throws<OptionsValidationException>(() => missing.GetRequiredService<IOptions<BlobStorageOptions>>().Value);
        Assert.Contains("Bucket, AccessKey and SecretKey must all be set", error.Message, StringComparison.Ordinal);
    }

    private ServiceProvider Provider(Dictionary<string, string?> settings)
    {
        settings["Storage:Root"] = root;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddLogging();
        services.AddOptions<StorageOptions>().Bind(configuration.GetSection("Storage"));
        services.AddBlobStorage(configuration);
        return services.BuildServiceProvider();
    }
}
