using Microsoft.Extensions.Options;
using Minio;

namespace LtiPathways.LtiTool.Storage;

public static class StorageServices
{
    /// <summary>Chooses the blob store from <c>Storage:Provider</c> (Local by default, or S3).</summary>
    public static IServiceCollection AddBlobStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StorageOptions>().Bind(configuration.GetSection(StorageOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<BlobStorageOptions>().Bind(configuration.GetSection(StorageOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<LocalBlobStore>();
        services.AddSingleton<IMinioClient>(provider =>
        {
            var s3 = provider.GetRequiredService<IOptions<BlobStorageOptions>>().Value.S3;
            var client = new MinioClient().WithEndpoint(s3.Endpoint).WithCredentials(s3.AccessKey, s3.SecretKey).WithSSL(s3.UseSsl);
            return (string.IsNullOrEmpty(s3.Region) ? client : client.WithRegion(s3.Region)).Build();
        });
        services.AddHttpClient(S3BlobStore.HttpClientName);
        services.AddSingleton<IBlobStore>(provider =>
            provider.GetRequiredService<IOptions<BlobStorageOptions>>().Value.Provider == BlobStorageProvider.S3
                ? ActivatorUtilities.CreateInstance<S3BlobStore>(provider)
                : provider.GetRequiredService<LocalBlobStore>());
        services.AddScoped<BlobRemoval>();
        return services;
    }
}
